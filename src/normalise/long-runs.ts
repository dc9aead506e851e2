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
  let out: MappedTextBuilder | null = null;
  let copied = 0;
  // The next space and line break at or after the run's start, each found once for all the runs before it.
  let space = -1;
  let lineBreak = -1;
  for (let i = 0; i < t.length; ) {
    if (space < i) space = indexOrEnd(t, ' ', i);
    if (lineBreak < i) lineBreak = indexOrEnd(t, '\n', i);
    const end = Math.min(space, lineBreak);
    if (end - i > max) {
      const limit = URL_START.test(t.slice(i, i + 8)) ? Math.max(max, MAX_URL_RUN) : max;
      // The first break after `limit` characters, then one after every `max`.
      let run = 0;
      let runLimit = limit;
      for (let k = i; k < end; k++) {
        if (++run <= runLimit) continue;
        // Between code points: a low surrogate stays with the high one before it.
        const at = isLowSurrogate(t.charCodeAt(k)) && k > copied ? k - 1 : k;
        out ??= new MappedTextBuilder(t.length + 16);
        out.copy(m, copied, at);
        out.insert(' ', m.srcStart[at]);
        copied = at;
        run = k - at + 1;
        runLimit = max;
      }
    }
    i = end + 1;
  }
  if (!out) return m;
  out.copy(m, copied, t.length);
  return out.build();
}

function indexOrEnd(t: string, ch: string, from: number): number {
  const at = t.indexOf(ch, from);
  return at === -1 ? t.length : at;
}
