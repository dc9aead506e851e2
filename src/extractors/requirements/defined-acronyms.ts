/**
 * Acronyms a posting defines: "Cost Accounting Standards (CAS)", "Clinical
 * Territory Associate (CTA)". The posting says what its acronym stands for,
 * so a dictionary entry that knows the letters as something else (CAS, an
 * insurance qualification; CTA, a tax adviser) is not meant, there or
 * anywhere else in the posting.
 */
import type { AnalysedDocument } from '../../contract';
import type { Range } from '../../util/spans';

// "(CAS)", "(CTA)", "(SaaS)": two to six letters in brackets, the first and last capitals.
const BRACKETED = /\(([A-Z][A-Za-z]{0,4}[A-Z])\)/g;
// Words an expansion may hold without an initial of their own.
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'as', 'at', 'by', 'with', '&', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'et', 'und', 'für', 'y', 'di', 'e']);
// Words the expansion may run to: the letters of the acronym, the small words between them.
const MAX_WORDS = 12;

const cache = new WeakMap<AnalysedDocument, Map<string, Range>>();

/** The acronyms `doc` defines, each with the span of its first expansion. */
export function definedAcronyms(doc: AnalysedDocument): ReadonlyMap<string, Range> {
  let found = cache.get(doc);
  if (found) return found;
  found = new Map();
  const { text } = doc;
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const acronym = m[1];
    if (found.has(acronym)) continue;
    const expansion = expansionBefore(text, m.index, acronym.replace(/[a-z]/g, ''));
    if (expansion) found.set(acronym, expansion);
  }
  cache.set(doc, found);
  return found;
}

/** The words ending just before `bracket` whose initials spell `letters` in order (small words passed over). */
function expansionBefore(text: string, bracket: number, letters: string): Range | null {
  let end = bracket;
  while (end > 0 && text[end - 1] === ' ') end--;
  let i = letters.length - 1;
  let at = end;
  for (let words = 0; words < MAX_WORDS && i >= 0; words++) {
    let start = at;
    while (start > 0 && /[\p{L}&'’-]/u.test(text[start - 1])) start--;
    if (start === at) return null;
    const word = text.slice(start, at);
    if (word[0] === letters[i] || word[0].toUpperCase() === letters[i]) i--;
    else if (!SMALL_WORDS.has(word.toLowerCase())) return null;
    at = start;
    if (i >= 0) {
      if (at === 0 || text[at - 1] !== ' ') return null;
      at--;
    }
  }
  return i < 0 ? { start: at, end } : null;
}
