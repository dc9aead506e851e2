/**
 * Line breaks put back into a text scraped onto one line, where a label's colon, a section heading, a button or the
 * board's details ran into the sentence after them ("About Contoso: At Contoso, we ...", "Job Description Contoso is
 * a leading ...", "Apply for this job At Contoso we ...", "Boise, Idaho Contoso is ...", "About Contoso Contoso is
 * ..."), and after each sentence's end ("... since 1987. Job Description ..."): the readers of the body's first
 * sentences (an employer introducing itself) look for a sentence that is a line of its own.
 */
import { headingKey, isKnownHeading } from '../sections/headings';
import { STOPPED_FORMS } from './page/company';

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

// The space after a label's colon before a capital.
const LABEL_COLON = /(:) (?=\p{Lu})/gu;
const WORD = /\S+/g;
const CAPITALISED = /^\p{Lu}/u;
// A word that ends a sentence (not a legal form's full stop, "Contoso Inc. Boston", a title's, "Dr. Smith", nor an
// initial, "J. Smith").
const SENTENCE_END = new RegExp(String.raw`^(?!(?:${STOPPED_FORMS}|St|Dr|Mr|Mrs|Ms|No)\.$)[\p{L}\d][\p{L}\d)'’%-]+[.!?]["”’)]?$`, 'u');
/** A heading's, a button's or a place's words at most. */
const MAX_PHRASE_WORDS = 4;

/**
 * `text` with a line break for the space after each label's colon before a capital, and (in `[from, to)`) before
 * each capitalised word that follows a known section heading, a phrase `ends` accepts (a button, a place), or the
 * same words ("About Contoso Contoso is"), or a word that ends a sentence: a copy of the same length, so its offsets
 * are the text's.
 */
export function sentenceBreaks(text: string, from: number, to: number, ends: (phrase: string) => boolean = () => false): string {
  const out = text.replace(LABEL_COLON, '$1\n');
  const breaks: number[] = [];
  const keys: string[] = [];
  const starts: number[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(out); m !== null && m.index < to; m = WORD.exec(out)) {
    const i = keys.length;
    keys.push(headingKey(m[0]));
    starts.push(m.index);
    if (i === 0 || out[m.index - 1] !== ' ' || !CAPITALISED.test(m[0])) continue;
    // A sentence's end: the next one opens its own line, so the first one ends a line as it does when copied.
    if (SENTENCE_END.test(out.slice(starts[i - 1], m.index - 1))) {
      breaks.push(m.index - 1);
      continue;
    }
    // A heading that ends with the name its sentence opens with: "About Contoso Contoso is ...", "About Summit Ledger
    // Summit Ledger builds ...".
    if (saidAgain(out, starts, i, m.index)) {
      breaks.push(m.index - 1);
      continue;
    }
    let key = '';
    for (let n = 1; n <= Math.min(MAX_PHRASE_WORDS, i); n++) {
      key = keys[i - n] === '' ? key : key === '' ? keys[i - n] : `${keys[i - n]} ${key}`;
      if ((key !== '' && isKnownHeading(key)) || ends(out.slice(starts[i - n], m.index - 1))) {
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

/** Whether the one to four words before the `i`th (at `at`) are said again from it on, each whole. */
function saidAgain(text: string, starts: readonly number[], i: number, at: number): boolean {
  for (let n = 1; n <= Math.min(MAX_PHRASE_WORDS, i); n++) {
    const phrase = text.slice(starts[i - n], at - 1);
    if (text.startsWith(phrase, at) && !LETTER_OR_DIGIT.test(text[at + phrase.length] ?? '')) return true;
  }
  return false;
}
