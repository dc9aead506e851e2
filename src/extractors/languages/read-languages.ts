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
  [/\b(?:business[ -]level|professional[ -]level|proficient|proficiency|excellent[ ](?:written|spoken|command))\b/gi, 'professional'],
  [/\b(?:conversational|intermediate|working[ ]knowledge|good[ ](?:written|spoken|command))\b/gi, 'conversational'],
  [/\b(?:basic|some[ ]knowledge|elementary|beginner)\b/gi, 'basic'],
  // The European framework's levels ("English C1", "angielski B2") and Japanese's JLPT ("JLPT N2"), in capitals.
  [/\b(?:C[12]|JLPT[ ]?N1)\b/g, 'fluent'],
  [/\b(?:B2|JLPT[ ]?N2)\b/g, 'professional'],
  [/\b(?:B1|JLPT[ ]?N3)\b/g, 'conversational'],
  [/\b(?:A[12]|JLPT[ ]?N[45])\b/g, 'basic'],
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

// A level word right before the name, as CVs and EU postings write it: "Excellent English", "very good German", "good
// written and spoken French". Only adjacent: "excellent communication skills in a French firm" is no ask.
const LEVEL_BEFORE = /\b(?:(?<professional>excellent|very\sgood|strong|advanced|solid)|(?<conversational>good|working)|(?<basic>basic))\s(?:(?:written|spoken|verbal)(?:\s(?:and|&)\s(?:written|spoken|verbal))?\s)?$/i;
// After a level word the name ends its phrase: "Excellent English." or "English and German", not "a good English teacher".
const ENDS_PHRASE = /^(?:\s?(?:[,;.:)(\n/&]|$)|\s(?:and|or|is|are|skills?|knowledge|language|speaker|required|essential|preferred|desirable|a\splus|an\sadvantage|would|as|at|level|proficiency|plus|communication)\b)/i;
// What follows the name makes it an ask: "German is a plus", "French skills", "Spanish language knowledge", "Italian
// and French are considered an advantage", "English communication skills"; in a list's terse style with no verb,
// "Afrikaans advantageous", "German required" ("preferred" alone is left out: "Filipino preferred" asks a nationality).
const ASK_AFTER = /^\s(?:(?:language\s|communication\s)?(?:skills?|knowledge|proficiency)\b|(?:is|are|would\sbe)\s(?:considered\s(?:as\s)?)?(?:a\s(?:plus|bonus|must)|an?\s(?:advantage|asset)|desirable|required|essential|preferred|beneficial|advantageous)\b|(?:a\splus|an?\s(?:advantage|asset)|advantageous|desirable|required|essential|mandatory)\b)/i;
// Communicating in the language asks for it: "communication skills in English and Hindi", "communicate fluently in".
const COMMUNICATE_BEFORE = /\bcommunicat(?:e|ing|ion(?:\sskills?)?)\s(?:(?:fluently|effectively|clearly|well)\s)?in\s$/i;
// A details row's label right before the name, on its line or the line above: "Languages: English", "Language
// requirements:" then "English and French".
const LABEL_BEFORE = /(?:^|\n)[ \t]?(?:(?:required|spoken|working)\s)?languages?(?:\s(?:skills?|requirements?|required|spoken))?[ \t]?:?[ \t]?\n?[ \t]?$/i;
// Languages listed together share what marks them ("Very good English and German skills").
const LISTED = /^\s?(?:,|\/|and|or|&)\s?$/;
// A clause's end between two languages: what marks one is not the other's.
const CLAUSE_END = /[;.!?\n]/;

/** Whether a clause ends between `a` and `b`, two matches in a row within the level window of each other. */
const clauseBetween = (text: string, a: DictionaryMatch, b: DictionaryMatch): boolean => a.end <= b.start && CLAUSE_END.test(text.slice(a.end, b.start));

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
  const adjacent = adjacentCues(text, matches);
  for (const [k, m] of matches.entries()) {
    // Language names are capitalised in English; "polish" and "english breakfast" are not asks. French, Spanish,
    // Italian, Polish and Portuguese write them in lower case ("anglais courant").
    if (!/^[A-Z]/.test(m.text) && m.text.toLowerCase() === m.entry.name.toLowerCase()) continue;
    const scope = scopeOf(m.start, m.end);
    // A level word beyond another language's clause is that language's: "Fluent English; Arabic is an advantage" asks
    // no fluent Arabic, "fluent in English and German" asks both.
    const prev = matches[k - 1];
    const next = matches[k + 1];
    const from = Math.max(scope.start, m.start - WINDOW, prev && prev.end > m.start - WINDOW && clauseBetween(text, prev, m) ? prev.end : 0);
    const to = Math.min(scope.end, m.end + WINDOW, next && next.start < m.end + WINDOW && clauseBetween(text, m, next) ? next.start : Infinity);
    const level = nearestLevel(text, from, to, m.start, m.end);
    const beside = adjacent[k];
    if (beside?.level) {
      out.push({ match: m, level: beside.level, reason: 'languages/level-cue' });
    } else if (level) {
      out.push({ match: m, level: level.level, reason: 'languages/level-cue' });
    } else if (beside) {
      out.push({ match: m, level: null, reason: 'languages/language-cue' });
    } else if (LANGUAGE_CUE.test(text.slice(from, to)) || LOCAL_LANGUAGE_CUE.test(text.slice(from, to))) {
      out.push({ match: m, level: null, reason: 'languages/language-cue' });
    }
  }
  return out;
}

/**
 * The cue right beside each match, if any: a level word or a label before it or an ask after it, shared along a list
 * of languages ("Excellent English and German", "Languages: English, French", "English and German skills"). One pass
 * each way.
 */
function adjacentCues(text: string, matches: readonly DictionaryMatch[]): ({ level: LanguageLevel | null } | null)[] {
  const out = matches.map((m): { level: LanguageLevel | null } | null => {
    const before = text.slice(Math.max(0, m.start - WINDOW), m.start);
    const level = LEVEL_BEFORE.exec(before)?.groups;
    const after = text.slice(m.end, m.end + WINDOW);
    if (level && ENDS_PHRASE.test(after)) return { level: Object.keys(level).find((k) => level[k] !== undefined) as LanguageLevel };
    const communicate = COMMUNICATE_BEFORE.test(before) && ENDS_PHRASE.test(after);
    return communicate || ASK_AFTER.test(after) || LABEL_BEFORE.test(before) ? { level: null } : null;
  });
  const listed = (a: DictionaryMatch, b: DictionaryMatch) => a.end <= b.start && LISTED.test(text.slice(a.end, b.start));
  for (let k = 1; k < matches.length; k++) if (!out[k] && out[k - 1] && listed(matches[k - 1], matches[k])) out[k] = out[k - 1];
  for (let k = matches.length - 2; k >= 0; k--) if (!out[k] && out[k + 1] && out[k + 1]!.level === null && listed(matches[k], matches[k + 1])) out[k] = out[k + 1];
  return out;
}
