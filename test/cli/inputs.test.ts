import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { byteLines, decodeText } from '../../src/cli/decode';
import { readInputs, type InputItem } from '../../src/cli/inputs';
import { readJsonLine } from '../../src/cli/jsonl';
import { expandTargets, type Source } from '../../src/cli/sources';
import type { InputFormat } from '../../src/cli/args';

const POSTING = 'Title: Sous Chef\nDescription: Salary £26,000 per annum. Food hygiene certificate essential.\n';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

async function collect(sources: Source[], stdin = '', format: InputFormat = 'auto'): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(sources, () => Readable.from([Buffer.from(stdin)]), format)) items.push(item);
  return items;
}
const stdin = (text: string, format: InputFormat = 'auto') => collect([{ kind: 'stdin' }], text, format);

describe('walking folders', () => {
  it('takes posting and JSONL files, sorted, and skips hidden entries, node_modules and other files', () => {
    write('b.txt', POSTING);
    write('a/page.html', '<h1>Chef</h1>');
    write('a/notes.md', POSTING);
    write('shards/part-0.jsonl', '"x"\n');
    write('shards/part-1.ndjson', '"y"\n');
    write('api/job-7.json', '{"title": "Chef"}');
    write('image.png', 'not a posting');
    write('.git/x.txt', POSTING);
    write('.draft.txt', POSTING);
    write('node_modules/pkg/readme.txt', POSTING);
    const warnings: string[] = [];
    expect(expandTargets([dir], 'auto', (m) => warnings.push(m))).toEqual([
      { kind: 'posting-file', path: path.join(dir, 'a/notes.md') },
      { kind: 'posting-file', path: path.join(dir, 'a/page.html') },
      { kind: 'json-file', path: path.join(dir, 'api/job-7.json') },
      { kind: 'posting-file', path: path.join(dir, 'b.txt') },
      { kind: 'jsonl-file', path: path.join(dir, 'shards/part-0.jsonl') },
      { kind: 'jsonl-file', path: path.join(dir, 'shards/part-1.ndjson') },
    ]);
    expect(warnings).toEqual([]);
  });

  it('does not follow a symlink loop, and says so', () => {
    write('a/b/one.txt', POSTING);
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a/b/up'));
    const warnings: string[] = [];
    expect(expandTargets([dir], 'auto', (m) => warnings.push(m))).toEqual([{ kind: 'posting-file', path: path.join(dir, 'a/b/one.txt') }]);
    expect(warnings).toEqual([`${path.join(dir, 'a/b/up')}: not followed, a symlink loop back to ${fs.realpathSync(path.join(dir, 'a'))}`]);
  });

  it('keeps a missing path and a broken link to a posting as unreadable, in their place, and goes on', () => {
    write('ok.txt', POSTING);
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'link.txt'));
    const sources = expandTargets([path.join(dir, 'nope'), dir], 'auto', () => {});
    expect(sources).toEqual([
      { kind: 'unreadable', path: path.join(dir, 'nope'), error: 'no such file or folder' },
      { kind: 'unreadable', path: path.join(dir, 'link.txt'), error: 'no such file or folder' },
      { kind: 'posting-file', path: path.join(dir, 'ok.txt') },
    ]);
  });

  it('takes a named file whatever its name, and - for stdin; --input-format decides how files are read', () => {
    const file = write('posting.data', POSTING);
    expect(expandTargets([file, '-'], 'auto', () => {})).toEqual([{ kind: 'posting-file', path: file }, { kind: 'stdin' }]);
    expect(expandTargets([file], 'jsonl', () => {})).toEqual([{ kind: 'jsonl-file', path: file }]);
    const shard = write('x.jsonl', '');
    expect(expandTargets([shard], 'text', () => {})).toEqual([{ kind: 'posting-file', path: shard }]);
  });
});

describe('reading inputs', () => {
  it('a posting file is one task with the path as its id, text as written', async () => {
    const file = write('p.txt', '\uFEFF' + POSTING.replace(/\n/g, '\r\n'));
    expect(await collect([{ kind: 'posting-file', path: file }])).toEqual([{ task: { id: file, input: '\uFEFF' + POSTING.replace(/\n/g, '\r\n'), where: file } }]);
  });

  it('binary and non-UTF-8 files are failures, not postings', async () => {
    const bin = write('bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x00, 0x41]));
    const latin = write('latin.txt', Buffer.from('Caf\xe9 manager', 'latin1'));
    const utf16 = write('utf16.txt', Buffer.from('\uFEFFChef', 'utf16le'));
    const items = await collect([bin, latin, utf16].map((p) => ({ kind: 'posting-file' as const, path: p })));
    expect(items).toEqual([
      { failure: { id: bin, where: bin, error: 'not a text file (it has NUL bytes: binary or UTF-16), skipped' } },
      { failure: { id: latin, where: latin, error: 'not UTF-8 text, skipped' } },
      { failure: { id: utf16, where: utf16, error: 'not a text file (it has NUL bytes: binary or UTF-16), skipped' } },
    ]);
  });

  it('a JSONL file gives one item per non-blank line; a bad line is a failure with its line number', async () => {
    const file = write(
      'in.jsonl',
      ['{"id": "a1", "title": "Chef", "text": "Salary £24k"}', '', '"Barista, £9 per hour"', '{"id": 7, "html": "<p>Porter</p>"}', '{oops', '[1, 2]', '{"id": true}', '{"title": "Cook"}'].join('\r\n'),
    );
    const items = await collect([{ kind: 'jsonl-file', path: file }]);
    expect(items).toEqual([
      { task: { id: 'a1', input: { title: 'Chef', text: 'Salary £24k' }, line: 1, where: `${file}:1` } },
      { task: { id: `${file}:3`, input: 'Barista, £9 per hour', line: 3, where: `${file}:3` } },
      { task: { id: 7, input: { html: '<p>Porter</p>' }, line: 4, where: `${file}:4` } },
      { failure: { id: `${file}:5`, line: 5, where: `${file}:5`, error: expect.stringMatching(/^not valid JSON: /) } },
      { failure: { id: `${file}:6`, line: 6, where: `${file}:6`, error: 'expected a JSON object or string, got an array' } },
      { failure: { id: `${file}:7`, line: 7, where: `${file}:7`, error: '"id" must be a string or a number, got boolean' } },
      { task: { id: `${file}:8`, input: { title: 'Cook' }, line: 8, where: `${file}:8` } },
    ]);
  });

  it('a JSON file is one posting, or an array of them named <file>[<index>]; a bad one is a failure', async () => {
    const one = write('job.json', '{"id": "g-4021", "title": "Warehouse Lead", "html": "<p>Forklift certification</p>"}');
    const many = write('jobs.json', '[{"title": "Chef"}, "Barista, £9 per hour", 3]');
    const bad = write('bad.json', '{"title": ');
    const items = await collect([{ kind: 'json-file', path: one }, { kind: 'json-file', path: many }, { kind: 'json-file', path: bad }]);
    expect(items).toEqual([
      { task: { id: 'g-4021', input: { title: 'Warehouse Lead', html: '<p>Forklift certification</p>' }, where: one } },
      { task: { id: `${many}[0]`, input: { title: 'Chef' }, where: `${many}[0]` } },
      { task: { id: `${many}[1]`, input: 'Barista, £9 per hour', where: `${many}[1]` } },
      { failure: { id: `${many}[2]`, where: `${many}[2]`, error: 'expected a JSON object or string, got number' } },
      { failure: { id: bad, where: bad, error: expect.stringMatching(/^not valid JSON: /) } },
    ]);
  });

  it('a JSONL line that is not UTF-8 fails alone', async () => {
    const file = write('mixed.jsonl', Buffer.concat([Buffer.from('"one"\n"caf'), Buffer.from([0xe9]), Buffer.from('"\n"three"\n')]));
    const items = await collect([{ kind: 'jsonl-file', path: file }]);
    expect(items.map((i) => ('task' in i ? i.task.input : i.failure.error))).toEqual(['one', 'not UTF-8 text, skipped', 'three']);
  });

  it('stdin whose first line is JSON is read as JSONL, ids stdin:<line>', async () => {
    expect(await stdin('\n  "Chef wanted"\n{"id": "x", "title": "Porter"}\n')).toEqual([
      { task: { id: 'stdin:2', input: 'Chef wanted', line: 2, where: 'stdin:2' } },
      { task: { id: 'x', input: { title: 'Porter' }, line: 3, where: 'stdin:3' } },
    ]);
  });

  it('other stdin is one posting, byte for byte; empty stdin is none', async () => {
    const html = '<html><body><h1>Chef</h1>\r\n<p>{"not": "jsonl"}</p></body></html>';
    expect(await stdin(html)).toEqual([{ task: { id: 'stdin', input: html, where: 'stdin' } }]);
    expect(await stdin('{Company} is hiring a chef\n{"id": 1}\n')).toEqual([{ task: { id: 'stdin', input: '{Company} is hiring a chef\n{"id": 1}\n', where: 'stdin' } }]);
    expect(await stdin('')).toEqual([]);
  });

  it('--input-format forces how stdin is read', async () => {
    expect(await stdin('"quoted title"\n', 'text')).toEqual([{ task: { id: 'stdin', input: '"quoted title"\n', where: 'stdin' } }]);
    expect(await stdin('Chef\n', 'jsonl')).toEqual([{ failure: expect.objectContaining({ id: 'stdin:1', line: 1 }) }]);
  });

  it('reads stdin JSONL as it arrives, a line split across chunks included', async () => {
    const chunks = ['{"id": "a", "ti', 'tle": "Chef"}\n{"id"', ': "b"}\n'].map((c) => Buffer.from(c));
    const items: InputItem[] = [];
    for await (const item of readInputs([{ kind: 'stdin' }], () => Readable.from(chunks), 'auto')) items.push(item);
    expect(items.map((i) => ('task' in i ? i.task.id : null))).toEqual(['a', 'b']);
  });
});

describe('bytes', () => {
  it('splits lines on \\n and \\r\\n, keeps a last line without one', async () => {
    const lines: string[] = [];
    for await (const l of byteLines(Readable.from([Buffer.from('a\r\nb'), Buffer.from('c\n\nd')]))) lines.push(l.toString());
    expect(lines).toEqual(['a', 'bc', '', 'd']);
  });

  it('decodes UTF-8 and keeps a byte order mark, which offsets count', () => {
    expect(decodeText(Buffer.from('\uFEFFCafé'))).toEqual({ text: '\uFEFFCafé' });
  });

  it('a JSON line with unknown fields is still a task: extract() rejects it with its own message', () => {
    expect(readJsonLine('{"id": "z", "url": "x"}', 3, 'in.jsonl')).toEqual({ task: { id: 'z', input: { url: 'x' }, line: 3, where: 'in.jsonl:3' } });
  });
});
