/**
 * Line breaks put back into a text scraped onto one line, where a label's colon or a section heading ran into the
 * sentence after it ("About Contoso: At Contoso, we ...", "Job Description Contoso is a leading ...", "About Contoso
 * Contoso is ..."): the readers of the body's first sentences (an employer introducing itself) look for a sentence at
 * a line's start.
 */
import { headingKey, isKnownHeading } from '../sections/headings';

// The space after a label's colon before a capital.
const LABEL_COLON = /(:) (?=\p{Lu})/gu;
const WORD = /\S+/g;
const CAPITALISED = /^\p{Lu}/u;
/** A heading's words at most. */
const MAX_HEADING_WORDS = 4;

/**
 * `text` with a line break for the space after each label's colon before a capital, and (in `[from, to)`) after each
 * known section heading before a capitalised word and between a word said twice ("About Contoso Contoso is"): a copy
 * of the same length, so its offsets are the text's.
 */
export function sentenceBreaks(text: string, from: number, to: number): string {
  const out = text.replace(LABEL_COLON, '$1\n');
  const breaks: number[] = [];
  const keys: string[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(out); m !== null && m.index < to; m = WORD.exec(out)) {
    const i = keys.length;
    keys.push(headingKey(m[0]));
    if (i === 0 || out[m.index - 1] !== ' ' || !CAPITALISED.test(m[0])) continue;
    // A heading that ends with the name its sentence opens with: "About Contoso Contoso is ...".
    if (keys[i] === keys[i - 1] && out.startsWith(m[0], m.index - 1 - m[0].length)) {
      breaks.push(m.index - 1);
      continue;
    }
    let phrase = '';
    for (let n = 1; n <= Math.min(MAX_HEADING_WORDS, i); n++) {
      phrase = keys[i - n] === '' ? phrase : phrase === '' ? keys[i - n] : `${keys[i - n]} ${phrase}`;
      if (phrase !== '' && isKnownHeading(phrase)) {
        breaks.push(m.index - 1);
        break;
      }
    }
  }
  if (breaks.length === 0) return out;
  const chars = out.split('');
  for (const at of breaks) chars[at] = '\n';
  return chars.join('');
}
