/** Breaks runs without spaces too long to be a word or URL, which would make tokenising slow. */
import { MappedText, MappedTextBuilder } from './mapped-text';

/**
 * The tokenizer's time grows with the square of a run without spaces (50,000
 * mask stars took 17 s), so runs longer than any real word or URL are broken
 * by an inserted space. The space maps to no source character.
 */
export const MAX_RUN = 256;

export function breakLongRuns(m: MappedText, max = MAX_RUN): MappedText {
  const t = m.text;
  let run = 0;
  let out: MappedTextBuilder | null = null;
  let copied = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x0a) {
      run = 0;
      continue;
    }
    if (++run > max) {
      out ??= new MappedTextBuilder();
      out.copy(m, copied, i);
      out.insert(' ', m.srcStart[i]);
      copied = i;
      run = 1;
    }
  }
  if (!out) return m;
  out.copy(m, copied, t.length);
  return out.build();
}
