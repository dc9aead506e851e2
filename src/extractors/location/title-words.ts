/**
 * A title that opens with an ordinary word that is also a place ("Stock
 * Controller", "Reading Specialist"): the word is part of the job's name. It is
 * known for a word when the posting also writes it in lower case ("stock
 * levels"), as no posting writes a town's name.
 */
import type { FieldRange } from './find';

// A capitalised word right after the place: the job's name goes on.
const JOB_GOES_ON = /^ \p{Lu}\p{Ll}/u;
const LETTER = /\p{L}/u;

/** `text[start, end)` opens the title, the job's name goes on after it, and the text writes it elsewhere in lower case. */
export function wordOpeningTitle(text: string, field: FieldRange, start: number, end: number): boolean {
  if (text.slice(field.start, start).trim() !== '' || !JOB_GOES_ON.test(text.slice(end, end + 3))) return false;
  const word = text.slice(start, end).toLowerCase();
  if (!/^[a-z]+$/.test(word)) return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at >= field.start && at < field.end) continue;
    if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(at + word.length))) return true;
  }
  return false;
}
