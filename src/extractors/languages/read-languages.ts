/** Keeps the language-dictionary hits that a level or language cue marks as asked for ("fluent Spanish"). */
import type { DictionaryMatch } from '../../dictionaries/types';
import type { LanguageLevel } from '../../types/requirements';
import languageWords from '../../data/words/language-words.json';
import { alternationOf } from '../../util/escape-regexp';

/** A human language the posting asks for, before the requirement cue is read. */
export interface LanguageFinding {
  match: DictionaryMatch;
  level: LanguageLevel | null;
  reason: string;
}

// Level cues, most specific first.
const LEVEL_CUES: readonly [RegExp, LanguageLevel][] = [
  [/\b(?:native|mother[ ]tongue|first[ ]language)\b/gi, 'native'],
  [/\bbi[ -]?lingual\b/gi, 'bilingual'],
  [/\b(?:fluent|fluency|fluently)\b/gi, 'fluent'],
  [/\b(?:business[ ]level|professional[ ]level|proficient|proficiency|excellent[ ](?:written|spoken|command))\b/gi, 'professional'],
  [/\b(?:conversational|intermediate|working[ ]knowledge|good[ ](?:written|spoken|command))\b/gi, 'conversational'],
  [/\b(?:basic|some[ ]knowledge|elementary|beginner)\b/gi, 'basic'],
  // The same in other languages, from src/data/words/language-words.json: whole words, accents and all.
  ...Object.entries(languageWords.levels).map(
    ([level, words]): [RegExp, LanguageLevel] => [new RegExp(`(?<![\\p{L}])(?:${alternationOf(words)})(?![\\p{L}])`, 'giu'), level as LanguageLevel],
  ),
];
// A language name alone is often a nationality ("a French company"); these words make it a language skill.
const LANGUAGE_CUE = /\b(?:speak|speaks|speaking|speaker|speakers|spoken|written|language|languages|linguist|lingual|read and write)\b/i;
// Inside compounds too: "Sprachkenntnisse", "Englischkenntnisse".
const LOCAL_LANGUAGE_CUE = new RegExp(alternationOf(languageWords.skillWords), 'iu');
const WINDOW = 40;

interface Hit {
  level: LanguageLevel;
  distance: number;
}

function nearestLevel(text: string, from: number, to: number, start: number, end: number): Hit | null {
  const slice = text.slice(from, to);
  let best: Hit | null = null;
  for (const [re, level] of LEVEL_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const a = from + m.index;
      const b = a + m[0].length;
      const distance = b <= start ? start - b : a >= end ? a - end : 0;
      if (!best || distance < best.distance) best = { level, distance };
    }
  }
  return best;
}

/**
 * Languages from the languages dictionary's matches that a cue marks as a
 * language skill ("fluent", "speaking", "bilingual"); `scopeOf` bounds where
 * a cue may stand (the sentence or list item).
 */
export function readLanguages(
  text: string,
  matches: readonly DictionaryMatch[],
  scopeOf: (start: number, end: number) => { start: number; end: number },
): LanguageFinding[] {
  const out: LanguageFinding[] = [];
  for (const m of matches) {
    // Language names are capitalised in English; "polish" and "english breakfast" are not asks. French, Spanish,
    // Italian, Polish and Portuguese write them in lower case ("anglais courant").
    if (!/^[A-Z]/.test(m.text) && m.text.toLowerCase() === m.entry.name.toLowerCase()) continue;
    const scope = scopeOf(m.start, m.end);
    const from = Math.max(scope.start, m.start - WINDOW);
    const to = Math.min(scope.end, m.end + WINDOW);
    const level = nearestLevel(text, from, to, m.start, m.end);
    if (level) {
      out.push({ match: m, level: level.level, reason: 'languages/level-cue' });
    } else if (LANGUAGE_CUE.test(text.slice(from, to)) || LOCAL_LANGUAGE_CUE.test(text.slice(from, to))) {
      out.push({ match: m, level: null, reason: 'languages/language-cue' });
    }
  }
  return out;
}
