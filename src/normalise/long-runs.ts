/** Breaks runs without spaces too long to be a word or URL, which would make tokenising slow. */
import { MAX_URL_RUN, MAX_WORD_RUN } from '../nlp/wink-guard';
import { isLowSurrogate } from '../util/surrogates';
import { MappedText, MappedTextBuilder } from './mapped-text';

/**
 * The tokenizer's time grows with the square of a run without spaces (50,000
 * mask stars took 17 s), so runs longer than any real word are broken by an
 * inserted space, which maps to no source character. A URL is kept whole up
 * to the longest URL wink reads whole; a break never falls inside a
 * surrogate pair.
 */
const MAX_RUN = MAX_WORD_RUN;

const URL_START = /^(?:https?:\/\/|www\.)/i;

export function breakLongRuns(m: MappedText, max = MAX_RUN): MappedText {
  const t = m.text;
  let run = 0;
  let runStart = 0;
  // The run's limit, -1 until the run outgrows `max`: only then is its start read as a URL's or not.
  let limit = -1;
  let out: MappedTextBuilder | null = null;
  let copied = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x0a) {
      run = 0;
      continue;
    }
    if (run === 0) {
      runStart = i;
      limit = -1;
    }
    if (++run <= max) continue;
    if (limit === -1) limit = URL_START.test(t.slice(runStart, runStart + 8)) ? Math.max(max, MAX_URL_RUN) : max;
    if (run > limit) {
      // Between code points: a low surrogate stays with the high one before it.
      const at = isLowSurrogate(c) && i > copied ? i - 1 : i;
      out ??= new MappedTextBuilder(t.length + 16);
      out.copy(m, copied, at);
      out.insert(' ', m.srcStart[at]);
      copied = at;
      run = i - at + 1;
      limit = max;
    }
  }
  if (!out) return m;
  out.copy(m, copied, t.length);
  return out.build();
}
