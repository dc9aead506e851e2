/**
 * Place names that are also people's names. A given name or surname that is a
 * place ("Lincoln", "Stanley") reads as the place when written with a capital
 * just after "in" or "near" and not followed by another capitalised word ("a home
 * in Lincoln for ...", but "experience in Lincoln Financial"), where a word that
 * is a place ("in Care", "in Sales") would not.
 */
import type { Place } from '../../types/location';
import type { Gazetteer } from './gazetteer';

const IN_BEFORE = /\b(?:in|near)\s$/;
// Another capitalised word right after: the name goes on ("Lincoln Financial", "Stanley Black").
const NAME_GOES_ON = /^\s\p{Lu}\p{Ll}/u;

/** `text[start, end)` names `place`, a person's name that is also a place, right after "in" or "near". */
export function personNameAfterIn(gaz: Gazetteer, text: string, place: Place, start: number, end: number): boolean {
  return gaz.people.has(place.name) && IN_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !NAME_GOES_ON.test(text.slice(end, end + 3));
}
