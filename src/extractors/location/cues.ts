/**
 * The words around a place name that say it is a place, and what role it
 * plays: "based in X" (workplace), "covering X" (region covered),
 * "headquartered in X" (headquarters), "our X office" (workplace).
 */
import { ROLE_NOUN_END } from '../../normalise/role-words';
import { isLanguageName } from '../../normalise/interface-lines';
import type { LocationRole } from '../../types/location';
import { machineCodeOnFirstCall } from '../../util/machine-code';

export type CueStrength = 'strong' | 'weak' | 'none';

// The labels of the place of work: "Location", "Place of work", "Workplace", "Work site".
const PLACE_LABEL = String.raw`(?:locations?|place of work|workplace|work ?site)`;

export interface Cue {
  strength: CueStrength;
  role: LocationRole;
  reason: string;
}

/** The reason of a place the sentence states as this job's ("This position is located in Tulsa, OK"). */
export const ROLE_BASED = 'location/cue-role-based';
// The role said to be based at a facility the place names: "This position is based at our [Singapore office]".
const ROLE_AT_OUR = /\b(?:(?:this|the)\s+(?:[\w-]+\s+){0,4}?(?:role|position|job|opening|vacancy|post)|you)\s+(?:will\s+be\s+|is\s+|can\s+be\s+|would\s+be\s+)?(?:based|located|situated)\s+(?:in|at|out\s+of)\s+(?:our|the)\s+$/i;

// Each pattern is anchored at the end of a short window and has no nested quantifiers.
const BEFORE: { re: RegExp; strength: CueStrength; role: LocationRole; reason: string }[] = [
  // "just minutes from Denver", "a short drive from Boston", "a suburb of Chicago", "on the east side of the Denver metro
  // area": a bigger place named to say where the workplace is, not the workplace.
  { re: /\b(?:(?:minutes?|mins|miles?|hours?|drive|walk|ride)\s+(?:away\s+)?(?:from|of|to|outside(?:\s+of)?)|(?:walking|driving)\s+distance\s+(?:of|from|to)|close\s+to|(?:right\s+)?next\s+to|suburbs?\s+of|just\s+outside(?:\s+of)?|(?:north|south|east|west)(?:\s+(?:side|edge|end))?\s+of|gateway\s+to|proximity\s+to|easy\s+(?:reach|access)\s+(?:of|to)|(?<!(?:live|living|reside|residing)\s)nearby)\s+(?:the\s+)?(?:downtown\s+|central\s+|city\s+of\s+)?$/i, strength: 'strong', role: 'other', reason: 'location/cue-nearby' },
  // "For applicants in New York, California and Colorado, the salary range is ...", "the pay range for this role in
  // Colorado is ...": the places a pay law covers, not the workplace.
  { re: /\b(?:(?:for|to)\s+(?:all\s+|those\s+|any\s+)?(?:applicants|candidates|residents|employees|hires|individuals|people)\s+(?:(?:located|based|working|hired|living|residing|who\s+(?:live|reside|work))\s+)?|(?:pay|salary|compensation|wage|hiring)\s+(?:range|scale|band|rate)s?\s+(?:for\s+(?:this|the)\s+(?:role|position|job)\s+)?)(?:in|from)\s+(?:the\s+(?:state|states|city)\s+of\s+)?$/i, strength: 'strong', role: 'other', reason: 'location/cue-pay-law' },
  // "we also have offices in Austin", "our sister company in Leeds", "our outside CPA firm in Kennewick", "founded in
  // Columbus" (not "an established firm in Leeds"), "have established offices in Houston", "occasional travel to Chicago":
  // places of the company's story or of trips, not where this job is done; so are the sites it says it has ("with a
  // distribution center in Denver", "operates 60 stores in the Mountain West", "has two plants in Ohio"), the last of a
  // list of them too ("branches in Hong Kong and Jakarta and a representative office in London"), and its other teams
  // ("and a smaller team in Adelaide", "headquartered in Singapore, with teams in Jakarta and Manila"), its regional office
  // ("Our regional office is in Kuala Lumpur").
  { re: /\b(?:(?:outside|external|third[\s-]party)\s+(?:[a-z]+\s+){0,2}(?:firms?|compan(?:y|ies)|agenc(?:y|ies)|vendors?|accountants?|auditors?|labs?|laborator(?:y|ies)|providers?|contractors?|suppliers?)\s+(?:in|at)|(?:also|other|another|additional|sister|parent|partner|affiliated?|global|international)\s+(?:[a-z]+\s+)?(?:offices?|compan(?:y|ies)|sites?|locations?|branch(?:es)?|hubs?|facilit(?:y|ies)|studios?|cent(?:er|re)s?|stores?|clinics?|restaurants?|schools?|hospitals?|hotels?)\s+(?:(?:is|are)\s+)?(?:in|at|across|throughout)|regional\s+(?:office|hub|headquarters)s?\s+(?:is|are)\s+(?:in|at)|(?:with|has|have|operates?|operating|runs?|running)\s+(?:an?|two|three|four|five|six|\d{1,4})\s+(?:[a-z]+\s+){0,3}(?:offices?|sites?|locations?|branch(?:es)?|hubs?|facilit(?:y|ies)|cent(?:er|re)s?|warehouses?|plants?|factor(?:y|ies)|stores?|clinics?|restaurants?|hotels?|depots?|hospitals?)\s+(?:in|at|across|throughout)|\band\s+an?\s+(?:[a-z]+\s+){0,3}(?:offices?|sites?|branch(?:es)?|hubs?|facilit(?:y|ies)|cent(?:er|re)s?|warehouses?|plants?|factor(?:y|ies)|depots?|teams?)\s+(?:in|at)|\bwith\s+(?:(?:other\s+|more\s+|smaller\s+)?teams|an?\s+(?:smaller|small|second)\s+team)\s+(?:in|across)|(?:founded|established|started|incorporated)\s+(?:(?:originally|first|back|initially|officially)\s+)?in|(?:have|has)\s+(?:also\s+)?established\s+(?:offices|sites|branches|hubs|bases)\s+(?:in|across)|(?:travel(?:ling|ing)?|trips?|visits?|flights?|fly)\s+(?:[a-z]+\s+)?to)\s+(?:the\s+)?$/i, strength: 'strong', role: 'other', reason: 'location/cue-elsewhere' },
  // "we are unable to hire in the following states: Alaska", "not open to candidates residing in California",
  // "excludes residents of Colorado": where the job may not be done.
  { re: /\b(?:(?:unable|not\s+able|cannot|can\s?not|can't|do\s+not|don't)\s+(?:to\s+)?(?:hire|employ|consider|accept|sponsor)(?:\s+(?:candidates|applicants|residents|people|anyone|employees|individuals))?(?:\s+(?:residing|located|living|based|who\s+(?:live|reside)))?\s+(?:in|from)|not\s+(?:open|available|eligible)\s+(?:to|for|in)(?:\s+(?:candidates|applicants|residents|people|those|individuals))?(?:\s+(?:residing|located|living|based|who\s+(?:live|reside)))?(?:\s+(?:in|from))?|exclud(?:es|ing)\s+(?:candidates|applicants|residents)\s+(?:of|in|from)|except\s+(?:for\s+)?(?:candidates\s+|applicants\s+|residents\s+)?(?:in|of|from))\s+(?:the\s+(?:following\s+)?(?:states?|locations?|countries|provinces)(?:\s+of)?:?\s+)?$/i, strength: 'strong', role: 'other', reason: 'location/cue-excluded' },
  // "the right to work in the UK", "authorized to work in the United States": where the worker may be employed, not the workplace.
  { re: /\b(?:(?:right|eligib(?:le|ility)|authori[sz](?:ed|ation)|entitle(?:d|ment)|permission|permit|permitted|able|allowed|legally)\s+to\s+work|work\s+(?:permit|authori[sz]ation|visa))\s+(?:in|for|within)\s+(?:the\s+)?$/i, strength: 'strong', role: 'other', reason: 'location/cue-right-to-work' },
  // "Our corporate office in Salt Lake City supports 40 stores": the employer's seat, as its headquarters is.
  { re: /\b(?:headquartered|head office|head offices|hq|headquarters|corporate\s+(?:office|offices|headquarters|hq)|registered\s+office)\s+(?:is\s+|are\s+)?(?:located\s+|based\s+)?(?:in|at)\s+(?:the\s+)?$|\b(?:headquarters|head office|hq)\s*:\s*$/i, strength: 'strong', role: 'headquarters', reason: 'location/cue-headquarters' },
  { re: /\b(?:covering|cover|across|throughout|territory|patch|travel(?:ling)? (?:across|around|throughout))\s+(?:the\s+)?(?:whole of\s+(?:the\s+)?)?$/i, strength: 'strong', role: 'region_covered', reason: 'location/cue-covering' },
  // "an executive search firm in Philadelphia", "a staffing agency based in Tampa": the recruiter's seat, not the job's.
  { re: /\b(?:search|recruitment|recruiting|staffing|headhunting|talent\s+acquisition)\s+(?:firm|agency|company|consultancy|partners?)\s+(?:based\s+|located\s+)?(?:in|at|out\s+of)\s+(?:the\s+)?$/i, strength: 'strong', role: 'other', reason: 'location/cue-elsewhere' },
  // "This position will be based out of Columbus", "the role is located in Tulsa", "you will be based at our Leeds office":
  // the sentence says where this job is, over a place the employer's story names ("Contoso, based in Pittsburgh").
  { re: /\b(?:(?:this|the)\s+(?:[\w-]+\s+){0,4}?(?:role|position|job|opening|vacancy|post)|you)\s+(?:will\s+be\s+|is\s+|can\s+be\s+|would\s+be\s+)?(?:based|located|situated)\s+(?:in|at|out\s+of)\s+(?:(?:our|the)\s+(?:[\w-]+\s+)?(?:office|site|branch|campus)\s+in\s+)?(?:the\s+)?$/i, strength: 'strong', role: 'workplace', reason: ROLE_BASED },
  // "The nearest grocery stores are in Columbia Falls", "the closest airport is in Kalispell": what is near the job, not it.
  { re: /\b(?:nearest|closest)\s+(?:[a-z]+\s+){0,2}(?:stores|shops|supermarkets?|towns?|cit(?:y|ies)|airports?|hospitals?|schools|services|amenities|banks)\s+(?:are|is)\s+(?:in|at)\s+(?:the\s+)?$/i, strength: 'strong', role: 'other', reason: 'location/cue-nearby' },
  // "offices in Boston, Seattle and Paris", "our offices are in Seattle, WA and New York, NY": read apart, since a list after
  // it is the company's spread of offices (see placeLists in find.ts).
  { re: /\b(?:offices|locations|hubs|sites|branches|stores|clinics|facilities|teams)\s+(?:are\s+)?(?:in|at|across|throughout|of)\s+(?:the\s+)?$/i, strength: 'strong', role: 'workplace', reason: 'location/cue-offices' },
  // The job's employer named where it stands is where the job is: "a law firm in Hermosa Beach", "a growing company in
  // Fort Collins", "a family-owned restaurant in ...".
  // (A hybrid week's office days: "Hybrid work: 2 office days per week in Leipzig".)
  { re: /\b(?:based|located|situated|position(?:ed)?|role|job|vacancy|opportunity|post|office|branch|site|store|depot|clinic|practice|centre|center|work|working|opening|client|hiring|recruiting|firm|company|business|agency|restaurant|salon|startup|organi[sz]ation)\s+(?:in|at|near|within|around|on the outskirts of|out of)\s+(?:the\s+)?(?:heart of\s+(?:the\s+)?)?$|\bteam\s+in\s+(?:the\s+)?$|\b(?:office|on[\s-]?site|in[\s-]person)\s+days?\s+(?:(?:per|a|each|every)\s+(?:week|month)\s+)?(?:in|at)\s+(?:our\s+|the\s+)?$/i, strength: 'strong', role: 'workplace', reason: 'location/cue-based-in' },
  // "Location: Austin", "Place of work: Cham", and with the way of working first: "Location: Remote (Dayton, OH)", "Location: Hybrid in Irvine".
  // "located at 601 Canal Road, Cleveland, OH": a street address given as where the work is.
  { re: /\b(?:located|based|situated|work|working|report|reporting)\s(?:at|to)\s(?:the\s)?\d{1,6}\s[A-Za-z][A-Za-z0-9.' ]{1,40},\s?$/i, strength: 'strong', role: 'workplace', reason: 'location/cue-address' },
  { re: new RegExp(String.raw`\b${PLACE_LABEL}\s*[:\-]\s*(?:(?:remote|hybrid|on-?site|in[- ]office|in person)\s*(?:[-–(,/|]\s*)?(?:in\s+|from\s+|near\s+)?)?$`, 'i'), strength: 'strong', role: 'workplace', reason: 'location/cue-location-label' },
  // "work remotely from Denver", "reside in or near Philadelphia", "within commuting distance of Leeds": where the worker is.
  { re: /\b(?:(?:work|working)\s+remote(?:ly)?\s+(?:from|in)|(?:reside|residing|live|living)\s+(?:in|near)(?:\s+or\s+(?:near|nearby|around))?|(?:candidates|applicants)\s+(?:located|based|residing|living)\s+(?:in|near)|(?:live|living|reside|residing)\s+nearby|commut(?:able|ing)\s+distance\s+(?:of|to|from))\s+(?:the\s+)?$/i, strength: 'strong', role: 'workplace', reason: 'location/cue-lives-near' },
  { re: /\b(?:in|near|around|at|from|to|within|outside)\s+(?:the\s+)?$/i, strength: 'weak', role: 'other', reason: 'location/cue-in' },
];

// "Litware Australia · Sydney NSW", "Full-time | Columbus, OH": a chip of a board's header line, after the employer's
// or the terms', names the place of work; not a second place after a first ("San Francisco, CA · New York, NY"), nor a
// list item's first word where a list ran onto one line ("... applications • Lead owner meetings").
const CHIP_BEFORE = /(?<!\b[A-Z]{2,3})\s[·•|]\s?$/;
// (The place ends the line: a card of another job goes on to its pay, "Tailspin GmbH · Berlin · €55,000".)
const CHIP_AFTER = /^[ \t]?(?:\n|$)/;

/**
 * Whether the chips before a place open a header's line: one chip, not a job's title. A card of another job
 * ("Key Account Manager · Johannesburg, Gauteng · R45,000") or a box of the employer's facts ("Contoso · Software ·
 * 1,001–5,000 employees · Redmond, WA") names a place too, not this job's.
 */
function isHeaderChip(before: string): boolean {
  const chip = before.replace(CHIP_BEFORE, '').trim();
  // (Nor a language picker's: "Sprog: Dansk · English".)
  return !/[·•|]/.test(chip) && !ROLE_NOUN_END.test(chip) && !isLanguageName(chip.slice(chip.lastIndexOf(':') + 1).trim());
}

const AFTER = /^[ \t]+(?:based[ \t]+)?(?:office|offices|team|branch|site|store|depot|area|region|metro|metropolitan area|head office|hq|location|clinic|practice|operations?)\b/i;
// What sets up a place named by what stands there: a determiner, a possessive pronoun, a preposition or a list's
// separator, with "Greater" after it ("the Greater Phoenix area"). Not the line's start: "Strong team player" opens a line as often as "Leeds office" does.
const SET_UP_BEFORE = /(?:\b(?:our|the|a|an|its|their|your|this|that|in|at|to|from|of|for|with|across|near|and|or)\s+|[,;:(/|•·-]\s*)(?:greater\s+)?$/i;
// "our Savannah, GA distribution center", "the Leeds warehouse", "our Plano center": the workplace named by what stands there. In lower
// case only: "Saint Francis Hospital", "Reading School" are the names of institutions.
const AFTER_FACILITY = /^[ \t]+(?:(?:(?:distribution|fulfil?ment|call|contact|service|data|medical|operations|support|learning|tutoring)\s+)?cent(?:er|re)|facility|plant|campus|warehouse|factory|hospital|restaurant|hotel|school|lab|laboratory)\b/;
const PLURAL_SITES_AFTER = /^\s+(?:offices|branches|sites|locations|stores|clinics|studios|hubs)\b/i;
const LIST_BEFORE = /\p{Lu}\p{Ll}+(?:,| and| &)\s$/u;
// A facility's word in capitals, then another word in capitals: a library's, a park's name ("Lincoln Branch Library").
const NAME_GOES_ON_AFTER = /^[ \t]+(?:Branch|Office|Site|Store|Depot|Clinic|Practice|Campus)[ \t]+\p{Lu}\p{Ll}/u;
// A facility's word, then the place it stands in: " clinic in Spokane", " office in Leeds".
const PLACE_AFTER_FACILITY = /^\s+[a-z]+(?:\s[a-z]+)?\s(?:in|at)\s\p{Lu}/u;
// "London based", but not "Driver based in Leeds", whose first word is the one based somewhere.
const AFTER_BASED = /^(?:\s+|-)based\b(?!\s+(?:in|at|near|out|from|within|on|around)\b)/i;
// "a Chicago-based company", "a Leeds based business": where the employer is, its headquarters, not this job's place.
const AFTER_BASED_EMPLOYER = /^(?:\s+|-)based\s+(?:(?:[a-z]+\s+){0,2}(?:company|companies|firm|business|startup|start-up|organi[sz]ation|employer|manufacturer|retailer|group|brand|charity|agency))\b/i;
// "San Francisco Fair Chance Ordinance", "Colorado Equal Pay for Equal Work Act": a place naming a law is no place of the job;
// nor one naming whom a notice or a pay range addresses ("CCPA Notice for California Employees And Applicants", "Colorado Applicants:").
const LAW_AFTER = /^(?:\s{1,2}(?:[A-Z][A-Za-z'&-]*|for|of|and|on|in|the)){0,7}\s{1,2}(?:Ordinance|Act|Law|Initiative|Statute|Applicants|Employees|Residents)\b(?!\s(?:[Ff]irm|[Ss]chool|[Ss]ociety|[Pp]ractice|[Gg]roup|[Cc]ent(?:re|er)|[Cc]linic|[Dd]epartment|[Tt]eam)\b)/;

// "Seattle: $155,000 - $185,000", "Zone 1 (San Francisco, New York City): $170,000": a row of a pay table by place,
// which names where a range applies, not the workplace; any place in the row's bracket ("(San Francisco Bay Area, New
// York City): $186,000").
export const PAY_TABLE_AFTER = /^(?:[^()\n:]{0,80}\))?[ \t]{0,2}:[ \t]{0,2}(?:[A-Z]{3}[ \t]?)?[$£€][ \t]?\d/;

// "For applicants in Colorado, the salary range is ...": a pay-law place only where the same line speaks of pay,
// since "open to candidates located in Ohio" says where the worker must be.
const PAY_WORD = /\b(?:salary|salaries|pay|compensation|wages?|hourly rate|pay range|base)\b/i;

/** The line around `text[start, end)` speaks of pay. */
export function payNear(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 120), end + 200);
  const at = start - Math.max(0, start - 120);
  const lineStart = window.lastIndexOf('\n', at) + 1;
  const lineEnd = window.indexOf('\n', at);
  return PAY_WORD.test(window.slice(lineStart, lineEnd === -1 ? window.length : lineEnd));
}

/**
 * Cues that name a place as context of the job, not as its place: where a law
 * applies ("the San Francisco Fair Chance Ordinance", "for applicants in
 * Colorado"), the company's other offices, where it was founded, where the
 * job travels to. A place qualified by its state keeps this reason. A place
 * nearby ("30 miles from Des Moines, IA") is no such context: it says roughly
 * where the job is, and is only no workplace (role `other`).
 */
export const CONTEXT_REASONS: ReadonlySet<string> = new Set(['location/law-name', 'location/cue-pay-law', 'location/cue-elsewhere', 'location/office-list', 'location/cue-excluded']);

// The labels of a place that a page prints without a colon, a line of their own.
const BARE_LABEL = new RegExp(String.raw`^(?:hq|headquarters|head office|(?:job |work )?${PLACE_LABEL})$`, 'i');
const WAY_OF_WORKING_ONLY = /^[ \t(]*(?:(?:remote|hybrid|on-?site|in[- ]office|in person)[ \t]*(?:[-–(,/|][ \t]*)?(?:in[ \t]+|from[ \t]+|near[ \t]+)?)?$/i;

// Read around every place named: compiled once each, to machine code (see util/machine-code.ts).
const compileCues = machineCodeOnFirstCall([
  LAW_AFTER, PAY_TABLE_AFTER, BARE_LABEL, ...BEFORE.map((c) => c.re), CHIP_BEFORE, PLURAL_SITES_AFTER, AFTER, AFTER_FACILITY, AFTER_BASED_EMPLOYER, AFTER_BASED,
]);

/** The cue around `text[start, end)`, looking at most a short window either side on the same line. */
export function cueAround(text: string, start: number, end: number): Cue {
  compileCues();
  // The window is cut first, so a long line costs no more than a short one.
  const after = text.slice(end, end + 80);
  if (LAW_AFTER.test(after)) return { strength: 'none', role: 'other', reason: 'location/law-name' };
  if (PAY_TABLE_AFTER.test(after)) return { strength: 'strong', role: 'other', reason: 'location/cue-pay-law' };
  const window = text.slice(Math.max(0, start - 60), start);
  const lineStart = window.lastIndexOf('\n') + 1;
  let before = window.slice(lineStart);
  // "Location:\nAustin, TX", "Headquarters:\n\nBoston, MA": a label that ends the line above (pages and the
  // normaliser put a label's value on its own line), with nothing but the way of working before the place.
  // A page's label may have no colon ("HQ" / "Manchester, UK", "Work location" / "Seattle, WA").
  const above = window.slice(0, lineStart).trimEnd();
  const label = above.slice(above.lastIndexOf('\n') + 1);
  if ((label.endsWith(':') || BARE_LABEL.test(label)) && WAY_OF_WORKING_ONLY.test(before)) before = `${label.replace(/:$/, '')}: ${before}`;
  const found = BEFORE.find((c) => c.re.test(before) && (c.reason !== 'location/cue-pay-law' || payNear(text, start, end)));
  if (found?.strength === 'strong') return { strength: found.strength, role: found.role, reason: found.reason };
  if (CHIP_BEFORE.test(before) && CHIP_AFTER.test(after) && isHeaderChip(before)) return { strength: 'strong', role: 'workplace', reason: 'location/cue-chip' };
  // A weak "in the" gives way to a stronger word after: "in the Leeds area". Only a place the sentence sets up
  // ("our Leeds office", "the Savannah team", "in the Leeds area") is so named: "Strong team player", "CR's Home team"
  // and "Arise Energy operations" hold a word or a name before "team", and stay weak.
  // The last of a list of places before their offices ("The client's Edinburgh and Manchester offices"): the employer's
  // spread of offices, as "offices in Boston, Seattle and Paris" is.
  if (PLURAL_SITES_AFTER.test(after) && LIST_BEFORE.test(before)) return { strength: 'strong', role: 'other', reason: 'location/office-list' };
  if (AFTER.test(after) || AFTER_FACILITY.test(after)) {
    // "our South Hill clinic in Spokane": the words before the facility name it, the place after "in" is where it is.
    // (Or a name the word is a part of: "the Lincoln Branch Library", "Riverside Office Park".)
    if (PLACE_AFTER_FACILITY.test(after) || NAME_GOES_ON_AFTER.test(after)) return { strength: 'weak', role: 'other', reason: 'location/facility-name' };
    const hq = /^\s+(?:head office|hq)\b/i.test(after);
    // (The role said to be based there: "This position is based at our Singapore office".)
    if (!hq && ROLE_AT_OUR.test(before)) return { strength: 'strong', role: 'workplace', reason: ROLE_BASED };
    return { strength: SET_UP_BEFORE.test(before) ? 'strong' : 'weak', role: hq ? 'headquarters' : 'workplace', reason: 'location/cue-our-office' };
  }
  if (AFTER_BASED_EMPLOYER.test(after)) return { strength: 'strong', role: 'headquarters', reason: 'location/cue-headquarters' };
  if (AFTER_BASED.test(after)) return { strength: 'strong', role: 'workplace', reason: 'location/cue-x-based' };
  if (found) return { strength: found.strength, role: found.role, reason: found.reason };
  return { strength: 'none', role: 'other', reason: 'location/name' };
}
