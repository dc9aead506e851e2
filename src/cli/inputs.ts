/** Reads the sources in order: one item per posting, or per input that could not be read. */
import * as fs from 'fs';
import type { InputFormat } from './args';
import { byteLines, decodeText } from './decode';
import { messageOf } from './format';
import { looksLikeJsonLine, readJsonLine, readJsonValue, type LineItem } from './jsonl';
import type { Source } from './sources';
import type { FieldMapping } from './field-map';

export type InputItem = LineItem;

async function readPostingFile(file: string): Promise<InputItem> {
  try {
    const decoded = decodeText(await fs.promises.readFile(file));
    if ('error' in decoded) return { failure: { id: file, where: file, error: decoded.error } };
    return { task: { id: file, input: decoded.text, where: file } };
  } catch (err) {
    return { failure: { id: file, where: file, error: messageOf(err) } };
  }
}

async function* readJsonLines(chunks: AsyncIterable<Buffer>, source: string, map: readonly FieldMapping[]): AsyncGenerator<InputItem> {
  let line = 0;
  for await (const bytes of byteLines(chunks)) {
    line++;
    const decoded = decodeText(bytes);
    if ('error' in decoded) {
      const where = `${source}:${line}`;
      yield { failure: { id: where, line, where, error: decoded.error } };
    } else if (decoded.text.trim() !== '') {
      yield readJsonLine(decoded.text, line, source, map);
    }
  }
}

async function* readJsonlFile(file: string, map: readonly FieldMapping[]): AsyncGenerator<InputItem> {
  try {
    yield* readJsonLines(fs.createReadStream(file), file, map);
  } catch (err) {
    yield { failure: { id: file, where: file, error: messageOf(err) } };
  }
}

/** A .json file: one posting, or an array of them (`<file>[<index>]` names each), read as a JSON line's is. */
async function* readJsonFile(file: string, map: readonly FieldMapping[]): AsyncGenerator<InputItem> {
  let value: unknown;
  try {
    const decoded = decodeText(await fs.promises.readFile(file));
    if ('error' in decoded) {
      yield { failure: { id: file, where: file, error: decoded.error } };
      return;
    }
    value = JSON.parse(decoded.text);
  } catch (err) {
    yield { failure: { id: file, where: file, error: err instanceof SyntaxError ? `not valid JSON: ${err.message}` : messageOf(err) } };
    return;
  }
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield readJsonValue(value[i], `${file}[${i}]`, map);
  else yield readJsonValue(value, file, map);
}

/** The first non-blank line once `head` holds all of it; '' at the end of input without one; null when more is needed. */
function firstLine(head: Buffer, ended: boolean): string | null {
  for (let start = 0; ; ) {
    const nl = head.indexOf(10, start);
    if (nl === -1) return ended ? head.subarray(start).toString('utf8').trim() : null;
    const line = head.subarray(start, nl).toString('utf8').trim();
    if (line) return line;
    start = nl + 1;
  }
}

/**
 * stdin is JSONL when forced or when its first non-blank line is a JSON
 * object or string; otherwise it is one posting (id "stdin"). Only the first
 * line is buffered before deciding, so a JSONL stream is read as it comes.
 */
async function* readStdin(stdin: AsyncIterable<Buffer>, format: InputFormat, map: readonly FieldMapping[]): AsyncGenerator<InputItem> {
  const it = stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let ended = false;
  let first: string | null = null;
  while (format === 'auto' && first === null) {
    const next = await it.next();
    if (next.done) ended = true;
    else head.push(next.value);
    // Looked at again only when a line may have ended: a long first line is not rescanned per chunk.
    if (ended || (next.value as Buffer).includes(10)) first = firstLine(Buffer.concat(head), ended);
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* head;
    if (ended) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  if (format === 'jsonl' || (format === 'auto' && looksLikeJsonLine(first ?? ''))) {
    yield* readJsonLines(all(), 'stdin', map);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of all()) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) return;
  const decoded = decodeText(bytes);
  yield 'error' in decoded ? { failure: { id: 'stdin', where: 'stdin', error: decoded.error } } : { task: { id: 'stdin', input: decoded.text, where: 'stdin' } };
}

/** `map`: the `--map` option, applied to every JSON line. */
export async function* readInputs(sources: Source[], stdin: () => AsyncIterable<Buffer>, format: InputFormat, map: readonly FieldMapping[] = []): AsyncGenerator<InputItem> {
  for (const source of sources) {
    if (source.kind === 'unreadable') yield { failure: { id: source.path, where: source.path, error: source.error } };
    else if (source.kind === 'posting-file') yield await readPostingFile(source.path);
    else if (source.kind === 'jsonl-file') yield* readJsonlFile(source.path, map);
    else if (source.kind === 'json-file') yield* readJsonFile(source.path, map);
    else yield* readStdin(stdin(), format, map);
  }
}
