/** Bytes to text, refusing what is not UTF-8 text rather than extracting from garbage. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }); // keep a BOM: offsets count it, as readFileSync does

export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  // NUL never occurs in UTF-8 text; it marks binary files and UTF-16.
  if (bytes.indexOf(0) !== -1) return { error: 'not a text file (it has NUL bytes: binary or UTF-16), skipped' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: 'not UTF-8 text, skipped' };
  }
}

const withoutCr = (line: Buffer) => (line.length && line[line.length - 1] === 13 ? line.subarray(0, -1) : line);

/** Splits a byte stream into lines without their line ending (\n or \r\n). */
export async function* byteLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf(10, start)) !== -1) {
      pending.push(chunk.subarray(start, nl));
      yield withoutCr(Buffer.concat(pending));
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) yield withoutCr(Buffer.concat(pending));
}
