/**
 * UK postcodes: full postcodes anywhere ("RG1 1AA"), and districts ("RG1")
 * only right after a place name, since a bare district looks like a motorway
 * or a product code. Each resolves through the post town of its area.
 */
import { surfaceKey } from '../../dictionaries/keys';
import { gazetteer } from './gazetteer';

export interface PostcodeMatch {
  text: string;
  start: number;
  end: number;
  postcode: string;
  /** Match key of the area's post town. */
  townKey: string;
}

const FULL = /\b([A-Z]{1,2})([0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b/g;
const AFTER_PLACE = /^,? {1,2}([A-Z]{1,2})([0-9][A-Z0-9]?)(?: ?([0-9][A-Z]{2}))?\b/;

function match(area: string, district: string, inward: string | undefined, text: string, start: number): PostcodeMatch | null {
  const town = gazetteer().postcodeTown.get(area);
  if (!town) return null;
  const postcode = inward ? `${area}${district} ${inward}` : `${area}${district}`;
  return { text, start, end: start + text.length, postcode, townKey: surfaceKey(town) };
}

/** Full UK postcodes in `text` whose area exists. */
export function ukPostcodes(text: string): PostcodeMatch[] {
  const out: PostcodeMatch[] = [];
  FULL.lastIndex = 0;
  for (let m = FULL.exec(text); m !== null; m = FULL.exec(text)) {
    const found = match(m[1], m[2], m[3], m[0], m.index);
    if (found) out.push(found);
  }
  return out;
}

/** A postcode or postcode district directly after a place name ending at `end`. */
export function postcodeAt(text: string, end: number): PostcodeMatch | null {
  const m = AFTER_PLACE.exec(text.slice(end, end + 14));
  if (!m) return null;
  const found = match(m[1], m[2], m[3], m[0], end);
  return found;
}
