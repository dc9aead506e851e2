/**
 * Place names that are also people's names. A given name or surname that is a
 * place ("Lincoln", "Stanley") reads as the place when written with a capital
 * just after "in" or "near" and not followed by another capitalised word ("a home
 * in Lincoln for ...", but "experience in Lincoln Financial"), where a word that
 * is a place ("in Care", "in Sales") would not. And a place right after a
 * capitalised given name is a surname: "send your CV to Chris Lee". A name and surname the posting gives as a
 * contact's are a person's: "email Virginia Cole", "Recruiter: Madison Lee".
 */
import type { Place } from '../../types/location';
import { overlapsAny, type Range } from '../../util/spans';
import type { Gazetteer } from './gazetteer';

const IN_BEFORE = /\b(?:in|near)\s$/;
// Another capitalised word right after: the name goes on ("Lincoln Financial", "Stanley Black").
const NAME_GOES_ON = /^\s\p{Lu}\p{Ll}/u;

/** `text[start, end)` names `place`, a person's name that is also a place, right after "in" or "near". */
export function personNameAfterIn(gaz: Gazetteer, text: string, place: Place, start: number, end: number): boolean {
  return gaz.people.has(place.name) && IN_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !NAME_GOES_ON.test(text.slice(end, end + 3));
}

// A capitalised word and one space, just before the place.
const WORD_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+) $/u;

/** The capitalised word right before `text[start]` (one space between) and where it starts. */
function wordBefore(text: string, start: number): { word: string; start: number } | null {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return m && { word: m[1], start: start - 1 - m[1].length };
}

/**
 * The place name at `text[start]` follows a given name ("Chris Lee"), one that is no place itself ("Kent Sussex"
 * is two places) nor inside the company's name (a page's "Heidi" heading, then "Melbourne, Victoria").
 */
export function afterGivenName(gaz: Gazetteer, text: string, start: number, exclude: readonly Range[] = []): boolean {
  const before = wordBefore(text, start);
  if (!before) return false;
  const name = before.word.toLowerCase();
  return gaz.givenNames.has(name) && !gaz.has(name) && !overlapsAny(exclude, before.start, start - 1);
}

// The words that introduce a contact's name, then its first word. Bounded by the window it is tested on: linear.
const CONTACT_BEFORE = /(?:\b(?:contact|e-?mail|call|ask for|reach out to|speak (?:to|with)|talk to|write to)|\b(?:recruiter|hiring manager|talent partner|recruiting coordinator|point of contact)\s?:)\s$/i;
const CONTACT_REACH = 32;

/**
 * The place name at `text[start, end)` is a word of a contact's name: the name's first word with a surname after it
 * ("email Virginia Cole", "reach out to Sydney Park"), or the surname after a given name ("Recruiter: Madison Lee").
 */
export function inContactName(gaz: Gazetteer, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CONTACT_REACH), start);
  if (CONTACT_BEFORE.test(before) && NAME_GOES_ON.test(text.slice(end, end + 3))) return true;
  const given = wordBefore(text, start);
  // (A given name: "Supervised Contact Workers Newport" is a title.)
  if (!given || !(gaz.givenNames.has(given.word.toLowerCase()) || gaz.people.has(given.word))) return false;
  return CONTACT_BEFORE.test(text.slice(Math.max(0, given.start - CONTACT_REACH), given.start));
}
