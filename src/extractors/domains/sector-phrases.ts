/** Sectors no dictionary knows, read from "<Capitalised words> industry / sector". */
import { surfaceKey } from '../../dictionaries/keys';
import { matchesInRuns, occurrences, runsAround } from '../../util/scan-near';

/** A sector named by the words before "industry" / "sector" that no dictionary entry knows ("the Oncology sector"). */
export interface SectorPhrase {
  start: number;
  end: number;
  /** `pattern:<match key>` */
  id: string;
  name: string;
}

// One to three capitalised words, optionally joined by "and" / "&", then the sector noun.
const SECTOR = /\b((?:[A-Z][A-Za-z]+|IT)(?:[ ](?:and|&)[ ](?:[A-Z][A-Za-z]+)|[ ][A-Z][A-Za-z]+){0,2})[ ](?:industry|industries|sector|sectors)\b/g;
const SECTOR_NOUNS = [' industr', ' sector'];
const isLineBreak = (c: number): boolean => c === 0x0a;
const GENERIC = new Set(['the', 'this', 'that', 'our', 'your', 'their', 'same', 'whole', 'wider', 'any', 'a', 'an', 'uk', 'global', 'private', 'public', 'within', 'in', 'across', 'current', 'local']);

/** Sector phrases in `text`, the sector noun left out of the span (as annotators do). */
export function sectorPhrases(text: string): SectorPhrase[] {
  const out: SectorPhrase[] = [];
  // A match holds no line break and ends in its noun: only the lines holding one are read.
  for (const m of matchesInRuns(text, SECTOR, runsAround(text, occurrences(text, SECTOR_NOUNS), isLineBreak))) {
    let words = m[1].split(' ');
    // A sentence-initial or generic word ("The", "UK") is not part of the sector's name.
    while (words.length > 0 && GENERIC.has(words[0].toLowerCase())) words = words.slice(1);
    if (words.length === 0) continue;
    const phrase = words.join(' ');
    const start = m.index + m[1].length - phrase.length;
    out.push({ start, end: start + phrase.length, id: `pattern:${surfaceKey(phrase)}`, name: phrase });
  }
  return out;
}
