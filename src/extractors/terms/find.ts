/** Finds employment type, contract type and workplace values with their mentions and negation. */
import { inAnotherOpening } from '../../util/other-openings';
import type { SiteRange } from '../../contract';
import type { Span } from '../../types/common';
import type { ContractType, EmploymentType, SchemaOrgTerm, TermValue, Workplace } from '../../types/pay';
import { CUE_REACH, JOINED_TERMS, TERM_PATTERNS, type TermField } from './patterns';
import { matchesStartingNear } from '../../util/scan-near';
import { isNegated, isTentative } from './negation';
import { CONTRACT_SCHEMA, EMPLOYMENT_SCHEMA, WORKPLACE_SCHEMA } from './schema-org';
import { roleContext } from './role-context';
import { keepRoleHits, type Hit } from './select';
import { leavesItsField, type Range } from '../../util/spans';
import { lowerCased } from '../../util/last-text';
import { ENDS_AS_SENTENCE, shortLineEnd, shortLineStart } from '../../util/lines';
import { alternationOf } from '../../util/escape-regexp';
import pageWords from '../../data/words/page-words.json';
import { CARD_DATE_SOURCE, isRunOnMenuLink } from '../../normalise/interface-lines';
import { isPlaceLine } from '../location/place-line';
import { inOptionList, inOptionRun } from './filter-options';

export interface Terms {
  employmentType: TermValue<EmploymentType>[];
  contractType: TermValue<ContractType>[];
  workplace: TermValue<Workplace>[];
}

/** The schema.org term for one of our values, or null where schema.org has none. */
export function schemaOf(field: TermField, value: string): SchemaOrgTerm | null {
  if (field === 'employmentType') return EMPLOYMENT_SCHEMA[value as EmploymentType];
  if (field === 'contractType') return CONTRACT_SCHEMA[value as ContractType];
  return WORKPLACE_SCHEMA[value as Workplace];
}

// The claimed characters of a posting-sized text (a bit a field), reused from call to call: a typed array is allocated outside
// the heap, which costs more than clearing the part a text uses.
const CLAIMED = new Uint8Array(1 << 14);

// Each field claims its own characters: "in the office full-time" is a workplace though "full-time" is a term too.
const FIELD_BIT: Record<TermField, number> = { employmentType: 1, contractType: 2, workplace: 4 };

/** Whether `[start, end)` overlaps characters an earlier pattern of the field (`bit`) claimed. */
function claimed(mask: Uint8Array, start: number, end: number, bit: number): boolean {
  for (let i = start; i < end; i++) if (mask[i] & bit) return true;
  return false;
}

function claim(mask: Uint8Array, start: number, end: number, bit: number): void {
  for (let i = start; i < end; i++) mask[i] |= bit;
}

// The UK agency notice ("... acts as an employment agency for permanent recruitment and an
// employment business for the supply of temporary workers") describes the agency, not the job.
const AGENCY_NOTICE = /employment\s(?:agency|business)/i;
const NOTICE_REACH = 120;

function inAgencyNotice(text: string, start: number, end: number): boolean {
  return AGENCY_NOTICE.test(text.slice(Math.max(0, start - NOTICE_REACH), end + NOTICE_REACH));
}

// "We offer contract, temporary and permanent placement solutions", "benefits for intern, part-time and
// seasonal workers", "track temp-to-hire conversions", "fill open temporary orders": terms of other people's jobs, not of
// the role on offer.
const OTHERS_AFTER = new RegExp(
  String.raw`^${JOINED_TERMS}*[\s,/&-]+(?:placements?|staffing|solutions|professionals|employees|associates|talent|agenc(?:y|ies)|recruitment|recruiters?|conversions|orders)\b`,
  'i',
);
// "Recruit for temporary, temp-to-hire and direct hire positions for our clients": the clients' jobs, not this role's.
const CLIENTS_JOBS_AFTER = new RegExp(
  String.raw`^${JOINED_TERMS}*[\s,/&-]+(?:(?:direct[\s-]hire|permanent)\s)?(?:positions|roles|jobs|openings|opportunities|assignments|vacancies)\s(?:for|with|at)\s(?:our\s|their\s)?(?:clients?|customers|client\scompanies|employers)\b`,
  'i',
);
// "Temporary assignments available at our sister site in Brampton": work offered at the employer's other places.
const OTHER_SITES_AFTER =
  /^[\w\s,-]{0,30}?\b(?:available|offered|possible)\s(?:at|in|across)\s(?:our\s|an?\s|the\s)?(?:sister|other|partner|nearby|neighbou?ring)\s(?:sites?|stores?|locations?|branch(?:es)?|plants?|facilit(?:y|ies)|compan(?:y|ies)|warehouses?|hotels?|hospitals?|clinics?)\b/i;
const OTHERS_BEFORE = /\bbenefits\s(?:are\s|may\s)?(?:\w+\s)?(?:for|to)\s(?:our\s|all\s)?(?:[\w-]+,?\s(?:and\s|or\s)?){0,2}$/i;
const OTHERS_REACH = 60;

// "oversees a Design Intern", "supervising intern projects", "Coordinate our summer internship program", "coordinate with
// our FP&A summer intern", "supervise 14 resident assistants and one graduate intern", "help onboard the purchasing
// intern": interns this role works with, not this role; so are the
// staff of other terms it supervises, "supervise 12 part-time cashiers", "Manage seasonal staff", "schedule part-time crew",
// "Supervise per diem and part-time pharmacists",
// also the second of two groups: "Supervise 35 associates and up to 20 temp workers".
// (Its verb may be glued to the line before, its break lost, so the first five need no word's start: "change
// ordersSupervise an engineering technician and a seasonal engineering intern"; and three words may name the intern:
// "supervise our summer law clerk intern".)
const SUPERVISES_BEFORE = /(?:(?:oversee\w*|supervis\w+|manag(?:e|es|ing)|coordinat(?:e|es|ing)(?:\swith)?|mentor\w*)|\b(?:coach\w*|lead(?:s|ing)?|train(?:s|ing)?|support(?:s|ing)?(?=\s(?:our|the|an?)\s)|schedul(?:e|es|ing)|onboard\w*))\s(?:(?:an?|the|our|all|\d{1,4}|one|two|three|four|five|six|several)\s[\w-]+\s(?:[\w-]+\s)?(?:and|&)\s(?:up\sto\s)?)?(?:an?\s|the\s|our\s|all\s|\d{1,4}\s|one\s|two\s|three\s)?(?:[\w&-]+\s(?:[\w&-]+\s){0,2}(?:(?:and|or|&)\s)?)?$/i;
// (Its two groups of people and their words reach further back than the other signs, as a staffing firm's trade does.)
const SUPERVISES_REACH = 100;
// The last of the verb's list of objects, in its sentence: "You'll manage a $450,000 annual marketing budget, one content
// coordinator and a part-time social media intern", "Mentor maintenance planners and the engineering co-op student".
const SUPERVISES_LIST = /(?:(?:oversee|supervis|manag|coordinat|mentor)\w*|\b(?:coach|lead|train)\w*)\s[^.!?;\n]{0,80}?(?:,|\band|&)\s(?:an?|one|the|our|two|three|several|\d{1,3})\s(?:[\w-]+\s){0,3}$/i;
const STAFF_NAMED = /(?:staff|workers?|employees)$/i;
// A staffing firm's trade, its people of those terms: "places temporary, contract and temp-to-hire workers with clients",
// "supplies seasonal staff to farms" (not "provides": "we provide permanent employment" may be this role's).
const SUPPLIES_BEFORE = /\b(?:place[sd]?|placing|suppl(?:y|ies|ied|ying)|deploy(?:s|ed|ing)?)\s(?:[\w-]+,?\s(?:and\s|or\s)?){0,3}$/i;
// The last of a list of the staff the role leads: "a store of 80 associates, including seasonal staff", "Train production
// staff, including the temporary workers our agency partner sends".
const INCLUDING_BEFORE = /,\s(?:including|incl\.|such\sas)\s(?:our\s|the\s)?$/i;
// Not what the verb may also have for object, nor a schedule's label: "Work schedule Full-time Duties ..." (a
// government posting's rows run onto one line) is no part-time staff scheduled; nor is the next line's first word
// ("Work schedule Full-time" over "This position ...").
const NOT_PEOPLE = String.raw`(?!(?:duties|hours|shifts|tasks|responsibilities|schedules|positions|roles|jobs|opportunities|projects)\b)`;
// (Or one person, named by up to two words: "a part-time social media intern", "one seasonal warehouse associate".)
const PEOPLE_AFTER = new RegExp(
  String.raw`^${JOINED_TERMS}*[ -](?:(?:${NOT_PEOPLE}[a-z]+ )?${NOT_PEOPLE}(?:[a-z]{2,20}s|staff|crew|personnel)|(?:${NOT_PEOPLE}[a-z]+ ){0,2}(?:team|intern|assistant|associate|coordinator|specialist|worker|employee))\b`,
  'i',
);

// An app's or agency's pitch: "find temporary and permanent shifts", "contract opportunities with public or private organisations".
const PITCH_BEFORE = /\b(?:find|finding|book|booking|browse|search|discover|pick\sup)\s(?:[\w-]+,?\s(?:and|or)\s){0,2}$/i;
// The last of a list of kinds before the openings they name, an employer's range: "offers full-time, part-time and
// freelance opportunities" (a contract's kind only: "full-time and part-time positions" may well be this role's).
const LISTED_BEFORE = /(?:full[\s-]?time|part[\s-]?time|permanent|contract|temporary|freelance|seasonal)(?:,|\sand|\sor|\s&|\s?\/)\s?(?:(?:and|or)\s)?$/i;
// (Offered so: not "we would like to hear from people seeking both permanent and fixed term contract opportunities".)
// (Or the agency's trade in the present, "We recruit contract, temporary and permanent accounting and finance staff", not
// "we are recruiting temporary staff", which may be this role.)
const TRADE_BEFORE = /\b(?:offers?|offering|provides?|providing|recruit(?:s|ing)?\sfor|(?:we|they)\srecruit|lists?|posts?)\b[^.;!?\n]{0,60}$/i;
const OFFERS_AFTER = /^\s(?:[\w-]+\s)?(?:opportunities|roles|positions|jobs|gigs)\b|^(?:,?\s(?:(?:and|or|&)\s)?[\w-]+){0,4}?\s(?:staff|professionals|candidates|workers)\b/i;
// A staffing firm's own trade: "places talent in full-time, part-time, contract and temporary positions", "places
// accounting, healthcare administration and IT professionals in contract, contract-to-hire and direct hire positions".
const PLACES_BEFORE =
  /\b(?:place|places|placing|placed)\s(?:[\w-]+,?\s(?:and\s|or\s|&\s)?){0,4}(?:talent|candidates|people|workers|professionals|job\sseekers)\sin(?:to)?\s(?:[\w-]+,?\s(?:and\s|or\s)?){0,4}$/i;
const PLURAL_OFFERS = /(?:opportunities|roles|positions|jobs|vacancies|assignments)$/i;
// A link to a search of such jobs, a line of its own in a list of related searches: "Java Developer Contract jobs".
const SEARCH_LINK = /\s(?:jobs|vacancies)$/i;
// Or one of a line of such links, with its place: "Casual jobs in Geelong VIC · Work from home jobs in Geelong VIC · ...",
// "Work from home jobs across Canada";
// a word may stand between: "Part-time WFH jobs".
const SEARCH_LINK_AFTER = /^(?:\s[\w-]{2,20})?\s(?:jobs|vacancies)(?:\s(?:in|near|across)\s[^\n·|•]{2,40}?)?(?:\s[·|•]|\n|$)/i;
const LINE_END = /^[ \t]?(?:\n|$)/;
const WITH_OTHERS = /^\s(?:with|at|across|for)\s(?:public|private|other|various|many|leading|a\srange|organi[sz]ations|companies|employers|clients|businesses)\b/i;

// "engineers who work remotely", "teams that are distributed and working remotely": other people's workplace.
// "Our attorneys work remotely two days a week, but the Office Manager ...": the employer's people of a named trade,
// the subject of the sentence (not "our team", "our employees", which may well hold this role).
// (Or the poster's own: "I work from home part of the week, my husband commutes".)
const OTHERS_WORK_BEFORE =
  /(?:^|[^\w'’])I(?:['’]m|\sam)?\s(?:also\s|usually\s|currently\s|mostly\s|often\s)?$|\b(?:teams?|engineers|developers|colleagues|employees|staff|people|workers|members|clients|customers|users|those|others)\s(?:who|that)\s(?!(?:can|will|would|may)\b)(?:[\w-]+\s){0,4}$|\bour\s(?!(?:employees|people|staff|team|teams|colleagues|workers|members|team\smembers|associates|teammates)\s)[a-z]{3,20}s\s(?:(?:also|often|already|currently|typically|usually|mostly)\s)?$/i;

// "Although we are a remote-friendly company, this role ...": the company's way of working, conceded before the role's.
const CONCEDED_BEFORE = /\b(?:although|though|while|whilst)\s(?:we|our\s[\w-]+|the\scompany)\s(?:are|is|'re)\s(?:an?\s)?(?:[\w-]+\s)?$/i;

// "Contoso is a remote-first company, but this role is based in our Detroit lab": the company's way of working, the
// role's said after it.
// (Or "..., but this is a site- and office-based role rather than a remote one".)
const CONCEDED_AFTER =
  /^[^.;!?\n]{0,60}?\b(?:but|however,?)\s(?:(?:this|the|your)\s(?:role|position|job)\s(?:is\s(?:based|located|fully|100%|on[\s-]?site|in)|requires\s(?:you\sto\sbe\s)?(?:on[\s-]?site|in|at)|will\sbe\s(?:based|on[\s-]?site|in))\b|this\sis\san?\s(?:(?:fully|an|and|[\w]+-)\s){0,3}(?:on[\s-]?site|office[\s-]based|site[\s-]based|in[\s-]person)\s(?:role|position|job)\b)/i;
const CONCEDED_REACH = 120;

// "tools for remote-first companies", "our remote-first sister company": the others' workplace; so is "remote work for
// corporate roles" (for some, which a warehouse role is not).
const OTHERS_WORK_AFTER =
  /^[\s-](?:companies|organi[sz]ations|businesses|employers|workforces)\b|^\s(?:sister|parent|partner|portfolio|affiliated?|subsidiary)\s(?:compan(?:y|ies)|firms?|businesses|brands?)\b|^\s(?:options?\s|opportunities\s|arrangements?\s)?for\s(?:some|certain|select|other|many|most|corporate|office|headquarters|HQ)\s(?:[\w-]+\s)?(?:roles|positions|jobs|employees|staff|teams|team\smembers|functions)\b/i;

// A label that lists the choices its value picks from ("Full/Part Time: Full-Time", "Regular/Temporary: Regular"):
// the term is one of the label's words, not the value.
const CHOICE_BEFORE = /\/\s?$/;
const CHOICE_AFTER = /^(?:\s?\/\s?[A-Za-z][A-Za-z -]{0,14})?\s?:/;

function inChoiceLabel(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  if (!CHOICE_AFTER.test(after)) return choiceLine(text, start, end);
  return text.slice(start, end).includes('/') || CHOICE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || after.trimStart().startsWith('/');
}

// A label line of choices is short: "Full-Time/Part-Time", "Regular/Temporary".
const MAX_CHOICE_LINE = 40;

/** The same label as a line of its own, over the line of its value: "Full-Time/Part-Time" over "Full-Time". */
function choiceLine(text: string, start: number, end: number): boolean {
  // Both lines are looked for within a short line's reach only: on a text of one long line, a scan to its ends for
  // each term read the whole text once a term.
  const floor = Math.max(0, end - MAX_CHOICE_LINE - 1);
  const before = text.slice(floor, start).lastIndexOf('\n');
  if (before === -1 && floor > 0) return false;
  const from = floor + before + 1;
  const to = breakBefore(text, end, from + MAX_CHOICE_LINE + 1);
  if (to === -1) return false;
  const choices = text.slice(from, to).split('/').map((c) => c.trim().toLowerCase());
  if (choices.length < 2) return false;
  // The value's line is one of the choices, so no longer than the label's line; it may end the text.
  const limit = to + 2 + MAX_CHOICE_LINE;
  const next = breakBefore(text, to + 1, limit);
  if (next === -1 && limit < text.length) return false;
  return choices.includes(text.slice(to + 1, next === -1 ? text.length : next).trim().toLowerCase());
}

/** The first line break in `text[from, limit)`, or -1. */
function breakBefore(text: string, from: number, limit: number): number {
  const k = text.slice(from, limit).indexOf('\n');
  return k === -1 ? -1 : from + k;
}

// A box of other jobs, or a board's run of its own, that a text scraped onto one line runs on into ("... Similar jobs
// Payroll Specialist £32,000 per annum, Work from home About us"): what follows its opener (page-words.json), with no
// sentence's end or line break between, is those jobs'. Multi-line text has the box dropped or on lines of its own.
// (Not a button's words: "Show similar jobs" opens no box.)
const BOX_OPENER = new RegExp(String.raw`(?<!\b(?:show|view|see|for)\s)\b(?:${alternationOf([...pageWords.interfaceRuns.en, ...Object.values(pageWords.relatedHeadings).flat()])})\b`, 'i');
const BOX_REACH = 200;
const SENTENCE_STOPS = '.!?';

// The box's cards each end in their date ("... Leeds 2 days ago Warehouse Operative (Remote) ..."), so a mention a
// few cards down is within CARD_REACH of a date that is within CARD_REACH of the one before, up to the opener. A card
// may print its title twice, with a long employer and place.
const CARD_DATES = new RegExp(CARD_DATE_SOURCE, 'gi');
const CARD_REACH = 320;
const MAX_CARDS = 40;

/**
 * Whether `start` stands in a box of other jobs run onto the posting's line: within BOX_REACH of its opener, or within
 * CARD_REACH of a card's date that is in the box.
 */
function inOthersBox(text: string, start: number): boolean {
  let at = start;
  for (let card = 0; card <= MAX_CARDS; card++) {
    const from = Math.max(0, at - BOX_REACH);
    let i = at - 1;
    while (i > from && text[i] !== '\n' && !(text[i] === ' ' && SENTENCE_STOPS.includes(text[i - 1]))) i--;
    if (BOX_OPENER.test(text.slice(i, at))) return true;
    const date = lastCardDate(text, Math.max(0, at - CARD_REACH), at);
    if (date === -1) return false;
    at = date;
  }
  return false;
}

/** Where the last card date in `text[from, to)` with no line break after it starts, or -1. */
function lastCardDate(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  const floor = window.lastIndexOf('\n') + 1;
  let last = -1;
  CARD_DATES.lastIndex = floor;
  for (let m = CARD_DATES.exec(window); m; m = CARD_DATES.exec(window)) last = from + m.index;
  return last;
}

// A search form's place picker copied with the page: "Remote" (or "Remote - United States", "Remote (Work from home)") as
// the last of its options, a line of its own under several lines of places ("Cleveland, OH" / "Akron, OH" / ...), or
// its empty choice as the first, over them ("City: anywhere" / "Dubai" / "Abu Dhabi" / ...). "Remote" over places is
// not read so: a details box lists "Remote" first among the offices a role may sit in.
const PICKER_PLACES = 3;
const MAX_PICKER_LINE = 40;
const ANYWHERE = /^anywhere$/i;
// A filter's ways of working, each a line of its own ("Remote" / "Hybrid" / "On-site"): two different ones in a row.
const WORKPLACE_OPTION = /^(?:remote|hybrid|on[\s-]?site|in[\s-]office|in[\s-]person|work from home)$/i;

// Each line is looked for within a picker's line of its ends, so a long line costs no more than a short one.
const pickerLineStart = (text: string, to: number): number => shortLineStart(text, to, MAX_PICKER_LINE);
const pickerLineEnd = (text: string, from: number): number => shortLineEnd(text, from, MAX_PICKER_LINE);

/**
 * Whether the term at `[start, end)` is a line of its own, no longer than a picker's, under or over PICKER_PLACES lines
 * of places, or beside another way of working on a line of its own.
 */
function inPlacePicker(text: string, start: number, end: number): boolean {
  const from = pickerLineStart(text, start);
  const to = pickerLineEnd(text, end);
  if (from === -1 || to === -1 || to - from > MAX_PICKER_LINE) return false;
  const option = text.slice(from, to).trim();
  return placesAbove(from) || (ANYWHERE.test(text.slice(start, end)) && placesBelow(to)) || (WORKPLACE_OPTION.test(option) && besideOption(from, to, option));

  // (One line among them may be none: "Outside Kenya", a place the gazetteer lacks.)
  function placesAbove(lineFrom: number): boolean {
    let at = lineFrom - 1;
    let places = 0;
    for (let k = 0; k <= PICKER_PLACES && places < PICKER_PLACES; k++) {
      if (at < 0) return false;
      const above = pickerLineStart(text, at);
      if (above === -1) return false;
      if (isPlaceLine(text.slice(above, at))) places++;
      else if (k + 1 - places > 1) return false;
      at = above - 1;
    }
    return places === PICKER_PLACES;
  }
  function placesBelow(lineTo: number): boolean {
    let at = lineTo + 1;
    for (let k = 0; k < PICKER_PLACES; k++) {
      if (at > text.length) return false;
      const below = pickerLineEnd(text, at);
      if (below === -1 || !isPlaceLine(text.slice(at, below))) return false;
      at = below + 1;
    }
    return true;
  }
  function besideOption(lineFrom: number, lineTo: number, own: string): boolean {
    const other = (line: string) => WORKPLACE_OPTION.test(line) && line.toLowerCase() !== own.toLowerCase();
    const above = lineFrom > 0 ? pickerLineStart(text, lineFrom - 1) : -1;
    const below = lineTo < text.length ? pickerLineEnd(text, lineTo + 1) : -1;
    return (above !== -1 && other(text.slice(above, lineFrom - 1).trim())) || (below !== -1 && other(text.slice(lineTo + 1, below).trim()));
  }
}

// Other openings the posting names: "We are also hiring a full-time Dental Assistant", "We're also recruiting part-time
// cashiers", "The Highway Division also hires seasonal temporary workers each summer", "Regular full-time and part-time
// RN positions are posted separately", "We also run a summer internship for college juniors, listed separately", "also
// hiring a paid Marketing Intern for the summer - separate listing", "Two Seasonal Planning Assistant positions
// (contract, $21.50/hour) are posted separately".
// Vacancies to come, an eligible list's: "the list may be used to fill future full-time, part-time and extra-help
// (temporary) vacancies in Visalia", "the list may also be used to fill temporary and part-time positions".
const FUTURE_BEFORE = /\b(?:fill|for)\s(?:future|other|similar|subsequent|additional)\s(?:[\w-]+,?\s(?:and\s|or\s)?){0,4}(?:\(\s?)?$|\bused\sto\sfill\s(?:[\w-]+,?\s(?:and\s|or\s)?){0,4}$/i;
// A programme the employer also runs: "Apprenticeship program – we also hire and train apprentices", "We also run a
// summer co-op and internship program for engineering students".
const ALSO_RUNS = /^[\w\s-]{0,20}?\bprogram(?:me)?s?\b[^.\n]{0,12}?\bwe\salso\b/i;
const ALSO_RUNS_BEFORE = /\bwe\salso\s(?:run|offer|have|host|operate|sponsor)\s(?:an?\s|our\s)?(?:[\w-]+\s(?:and\s|&\s)?){0,3}$/i;
// (A programme's kind is one whatever stands between: "We also run a twelve-month placement year for students on
// sandwich courses, and a ten-week summer internship"; "Contoso is also accepting applications for its summer internship
// program".)
const ALSO_RUNS_CLAUSE = /\b(?:we|[A-Z][\w&-]*)\s(?:also\s(?:run|runs|offer|offers|have|has|host|hosts|operate|operates|sponsor|sponsors)|(?:is|are)\salso\s(?:accepting|taking)\sapplications\sfor)\s[^.!?;\n]{0,120}$/;
const PROGRAMME_KINDS = ['internship', 'apprenticeship'];
const ALSO_RUNS_CLAUSE_REACH = 160;
// (The programme named from the term on: "internship program", "internship and co-op program".)
const PROGRAMME_FROM = /^[\w-]+\s(?:(?:and|&)\s)?(?:[\w-]+\s)?program(?:me)?s?\b/i;
const PROGRAMME_REACH = 40;
// The interns the role supervises and their programme, in one clause: "Precept dietetic interns from our accredited
// internship program".
const INTERNS_SUPERVISED_BEFORE =
  /\b(?:oversee|supervis|mentor|precept|coach|train)\w*\s(?:[\w-]+\s){0,3}(?:interns|students|trainees)\b[^.!?;\n]{0,60}$/i;
const ALSO_RUNS_REACH = 50;
// A stint that is part of starting the job: "a two-week temporary assignment at our Chicago headquarters for onboarding".
const STARTING_STINT_AFTER = /^[^.\n]{0,60}?\bfor\s(?:onboarding|orientation|induction|initial\straining)\b/i;
// (The openings may be described at length before it: "Full-time and part-time ICU positions with benefits and a $10,000
// sign-on bonus are posted separately".)
const POSTED_SEPARATELY_REACH = 160;
// (Or who else the employer needs or uses: "ALSO: we need a temporary dishwasher", "They're also using a couple of contract
// engineering leaders on an interim basis". "also hiring", "also recruits" are util/other-openings.ts's clause.)
const ALSO_HIRING_BEFORE =
  /\balso\s(?:hire|recruit|seeking|looking\sfor|using|uses?|need(?:s|ing)?)\s(?:(?:an?|\d{1,3}|several|two|three|some|a\scouple\sof|a\sfew)\s)?(?:[a-z-]+\s){0,2}$|\balso:\s(?:we\s)?(?:need|needs|are\slooking\sfor|are\shiring)\s(?:an?\s)?(?:[a-z-]+\s){0,2}$/i;
// A list of candidates kept for other jobs: "a temporary/intermittent eligibility list" (another opening, "a separate
// temporary assignment", is util/other-openings.ts's).
const ELIGIBLE_LIST_AFTER = /^[ \t,/&-]{1,3}(?:[\w-]+ )?eligib(?:le|ility)\slists?\b/i;
// What else a firm has on its books: "Peregrine Staffing also has temporary and contract administrative assignments".
const ALSO_HAS_BEFORE = /\balso\s(?:has|have|offers?|fills?)\s(?:(?:many|several|other|\d{1,3})\s)?(?:[\w-]+,?\s(?:and\s|or\s)?){0,2}$/i;
const OPENINGS_IN_CLAUSE = /^[^.;!?\n]{0,60}?\b(?:assignments|positions|roles|jobs|openings|opportunities|vacancies|placements)\b/i;
// (Or said with what they are: "positions are temporary and posted separately each spring".)
// (Or posted beside this one: "A 12-month temporary Policy Analyst position (parental leave coverage) is also posted under
// competition GNRTC-2025-063".)
const POSTED_SEPARATELY_AFTER = /^(?:[^.;!?\n]|\.\d|e\.g\.|i\.e\.){0,120}?(?:\b(?:is|are)\s|,\s|\s[-–]\s|\sand\s)(?:(?:posted|advertised|listed)\s(?:separately|elsewhere)|separate\slisting|also\s(?:posted|advertised|listed)\b|apply\sseparately)\b/i;
// (Or said to be another posting after it: "Our Hendersonville office is hiring a part-time, contract (1099) therapist;
// that's a different posting".)
const ANOTHER_POSTING_AFTER = /^[^.!?\n]{0,100}?(?:[;,]|\s[-–])\s(?:that|this|which|it)(?:['’]s|\sis|\swould\sbe)\s(?:an?\s)?(?:completely\s|entirely\s)?(?:different|separate|another)\s(?:[\w-]+\s)?(?:posting|role|position|job|listing|opening|vacancy|advert|req)\b/i;
// A sum paid to other positions of a kind, in a benefit's table: "a $750 sign-on bonus ($1,500 for full-time positions)".
const SUM_FOR_BEFORE = /[$£€]\s?\d[\d,.]{0,9}[kK]?\s(?:for|to)\s$/;
// Work a candidate has done, their past, not the role: "I know you've done some contract work in the past", "great people
// come out of contract work before".
const PAST_WORK_BEFORE =
  /\b(?:(?:you|they|people|candidates)(?:['’]ve|\shave)?\s(?:done|did)|(?:come|came|coming)\s(?:out\sof|from)|background\sin|history\sof)\s(?:some\s|a\sbit\sof\s|a\slot\sof\s|plenty\sof\s|lots\sof\s)?$/i;
// Openings the employer had or has besides this one: "Unlike our seasonal positions in past years", "We've hired temporary
// preparers every January", "We have in the past used a temporary accounting service", "Our other open reqs in Jersey
// City and Plano (hybrid, $65/hr) are for different roles", "we have many other opportunities around the Upstate,
// including part-time".
const OTHER_OPENINGS_BEFORE =
  /\bunlike\s(?:our|the|other|most|many|some)\s(?:[\w-]+\s){0,2}$|\b(?:we['’]ve|we\shave|we|they['’]ve|they\shave)\s(?:always\s|previously\s|often\s|also\s|in\sthe\spast\s)?(?:hired|used)\s(?:[\w-]+\s){0,2}$|\b(?:our|the|many|several|some)\sother\s(?:open\s|current\s)?(?:reqs?|requisitions|roles|positions|openings|jobs|vacancies|opportunities)\b[^.!?;\n]{0,60}$/i;
// A question others ask, not what the posting says: "Please no messages asking if it's work from home".
const ASKED_BEFORE = /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|enquir\w{1,4}|inquir\w{1,4})\s(?:us\s|me\s)?(?:if|whether)\s(?:[\w'’-]+\s){0,4}$/i;
// A perk served in the office, not a week's office days: "Free lunch in the office three days a week".
const PERK_BEFORE = /\b(?:free|catered|subsidi[sz]ed)\s(?:lunch(?:es)?|breakfasts?|dinners?|meals?|snacks)\s$/i;
// The contractors' work the role checks: "Inspects contractor work and reviews pay applications".
const CHECKS_BEFORE = /\b(?:inspect|review|monitor|oversee|supervis|audit|approv|verif|check|evaluat)\w{0,4}\s(?:the\s|all\s)?$/i;
const CONTRACTORS = /^contractors?\b/i;

/** Whether the term names a programme the employer also runs, not this role (see ALSO_RUNS and the patterns after it). */
function alsoRunsProgramme(text: string, start: number, end: number, values: readonly string[]): boolean {
  if (ALSO_RUNS.test(text.slice(start, end + ALSO_RUNS_REACH))) return true;
  if (ALSO_RUNS_BEFORE.test(text.slice(Math.max(0, start - OTHERS_REACH), start)) && PROGRAMME_FROM.test(text.slice(start, end + PROGRAMME_REACH))) return true;
  return values.some((v) => PROGRAMME_KINDS.includes(v)) && ALSO_RUNS_CLAUSE.test(text.slice(Math.max(0, start - ALSO_RUNS_CLAUSE_REACH), start));
}

function aboutOthers(text: string, start: number, end: number, field: TermField, values: readonly string[]): boolean {
  const before = text.slice(Math.max(0, start - OTHERS_REACH), start);
  const after = text.slice(end, end + OTHERS_REACH);
  if (ALSO_HIRING_BEFORE.test(before) || inAnotherOpening(text, start) || ELIGIBLE_LIST_AFTER.test(after) || (ALSO_HAS_BEFORE.test(before) && OPENINGS_IN_CLAUSE.test(after)) || OTHER_OPENINGS_BEFORE.test(before) || ASKED_BEFORE.test(before) || POSTED_SEPARATELY_AFTER.test(text.slice(end, end + POSTED_SEPARATELY_REACH)) || ANOTHER_POSTING_AFTER.test(text.slice(end, end + POSTED_SEPARATELY_REACH)) || SEARCH_LINK_AFTER.test(after)) return true;
  if (field === 'employmentType' && SUM_FOR_BEFORE.test(before)) return true;
  if (field === 'workplace') return PERK_BEFORE.test(before) || inOthersBox(text, start) || isRunOnMenuLink(text, start, end) || inPlacePicker(text, start, end) || OTHERS_WORK_BEFORE.test(before) || CONCEDED_BEFORE.test(before) || OTHERS_WORK_AFTER.test(after) || CONCEDED_AFTER.test(text.slice(end, end + CONCEDED_REACH));
  const supervisesBefore = text.slice(Math.max(0, start - SUPERVISES_REACH), start);
  const supervised =
    ((SUPERVISES_BEFORE.test(supervisesBefore) || SUPERVISES_LIST.test(supervisesBefore) || SUPPLIES_BEFORE.test(before) || INCLUDING_BEFORE.test(before)) && (values.includes('internship') || STAFF_NAMED.test(text.slice(start, end)) || PEOPLE_AFTER.test(after))) ||
    (values.includes('internship') && INTERNS_SUPERVISED_BEFORE.test(supervisesBefore));
  if (
    supervised ||
    PLACES_BEFORE.test(supervisesBefore) ||
    (CONTRACTORS.test(text.slice(start, end)) && CHECKS_BEFORE.test(before)) ||
    alsoRunsProgramme(text, start, end, values) ||
    FUTURE_BEFORE.test(before) ||
    (field === 'contractType' && (STARTING_STINT_AFTER.test(after) || PAST_WORK_BEFORE.test(before))) ||
    (SEARCH_LINK.test(text.slice(start, end)) && LINE_END.test(text.slice(end, end + 2)))
  )
    return true;
  // Contract kinds only: "find part-time work" may well be this role.
  if ((field === 'contractType' && (PITCH_BEFORE.test(before) || (LISTED_BEFORE.test(before) && TRADE_BEFORE.test(before) && (OFFERS_AFTER.test(after) || PLURAL_OFFERS.test(text.slice(start, end)))))) || (PLURAL_OFFERS.test(text.slice(start, end)) && WITH_OTHERS.test(after))) return true;
  return OTHERS_AFTER.test(after) || CLIENTS_JOBS_AFTER.test(after) || (field === 'contractType' && OTHER_SITES_AFTER.test(after)) || OTHERS_BEFORE.test(before);
}

/** A line of prose: this many words or more, ending as a sentence does. */
const PROSE_WORDS = 8;

/** Where the body's first sentence starts (a line of PROSE_WORDS words or more that ends as a sentence does), or the text's end. */
function firstSentence(text: string): number {
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    if (ENDS_AS_SENTENCE.test(line) && line.split(' ').length >= PROSE_WORDS) return start;
    start = end + 1;
  }
  return text.length;
}

// Scraped text glues a label onto the value before it ("Employment Type: Full-timeStarting Salary:").
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const isLower = (cp: number): boolean => (cp < 0x80 ? cp >= 0x61 && cp <= 0x7a : LOWER.test(String.fromCodePoint(cp)));
const isUpper = (cp: number): boolean => (cp < 0x80 ? cp >= 0x41 && cp <= 0x5a : UPPER.test(String.fromCodePoint(cp)));

/** The code point that ends just before `i` (a surrogate pair's whole). */
function codePointBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 0xdc00 || c > 0xdfff || i < 2) return c;
  const pair = text.codePointAt(i - 2)!;
  return pair > 0xffff ? pair : c;
}

/**
 * `text` with the first letter of each glued-on word (an upper-case letter between lower-case ones) blanked, so
 * a term before it ends at a word boundary. Same length, so offsets hold; a term is read there only where it
 * ends at a blank. The scan stops only at capitals and characters beyond ASCII, and reads their neighbours
 * there (a pass by code point over every character, and the Unicode-class pattern before it, cost more).
 */
function unglue(text: string): string {
  let out = '';
  let from = 0;
  const n = text.length;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x80)) continue;
    const cp = c < 0x80 ? c : text.codePointAt(i)!;
    if (!isUpper(cp)) continue;
    const width = cp > 0xffff ? 2 : 1;
    if (i + width >= n || !isLower(text.codePointAt(i + width)!) || !isLower(codePointBefore(text, i))) continue;
    out += text.slice(from, i) + ' ';
    from = i + width;
  }
  return from === 0 ? text : out + text.slice(from);
}

// Every cue of every pattern, longest first, in one pattern: the text is read once for all of them.
const CUES = [...new Set(TERM_PATTERNS.flatMap((tp) => tp.cues))].sort((a, b) => b.length - a.length);
const CUE_SCAN = new RegExp(CUES.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
// The patterns (by index) a found cue is an anchor of: where a longer cue is found, any cue it begins with is
// there too (the scan reports the longer one), so a cue anchors the patterns of every cue it begins with. Found
// through the cue's own beginnings: comparing every cue with every pattern's cues cost ~10 ms of each cold start.
const PATTERNS_OF_CUE = new Map<string, number[]>();
TERM_PATTERNS.forEach((tp, k) => {
  for (const cue of tp.cues) PATTERNS_OF_CUE.set(cue, [...(PATTERNS_OF_CUE.get(cue) ?? []), k]);
});
const ANCHORED = new Map(
  CUES.map((cue) => {
    const patterns = new Set<number>();
    for (let n = 1; n <= cue.length; n++) for (const k of PATTERNS_OF_CUE.get(cue.slice(0, n)) ?? []) patterns.add(k);
    return [cue, [...patterns].sort((a, b) => a - b)];
  }),
);

/**
 * Where each pattern's cues stand in `lower` (a lower-cased text), by the
 * pattern's index: sorted, each position once (the scan reports a position
 * once), built as the scan goes rather than gathered per pattern after it.
 */
function cueAnchors(lower: string): number[][] {
  const anchors: number[][] = TERM_PATTERNS.map(() => []);
  CUE_SCAN.lastIndex = 0;
  for (let m = CUE_SCAN.exec(lower); m; m = CUE_SCAN.exec(lower)) {
    for (const k of ANCHORED.get(m[0])!) anchors[k].push(m.index);
    // Cues may overlap ("parttime" holds "part" and "time"): go on from the next character.
    CUE_SCAN.lastIndex = m.index + 1;
  }
  return anchors;
}

/** Every match of the global pattern `re` in `text`. */
function everyMatch(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

// A details row's label right before its value, on its line or the line over it: "Employment Type" / "Full time",
// "Location Type: Hybrid" (not a search form's options, "Days" / "Nights" / "Remote / Work from home").
const LABEL_BEFORE = /(?:type|status|arrangement|model|schedule|basis|setting|workplace|hours|contract|term|terms):?(?:[ \t]|\n)?$/i;
const LABEL_REACH = 40;

/**
 * The hits without those a copied page's own text names: its lines over its header (its search filters, other jobs'
 * cards: "Job type" / "Contract" / "Part-time" over the posting's "Full-time, Permanent"), of each field the posting
 * states outside them, or ways of working under no details row's label (a board that prints its details over the
 * title, in a sidebar first in the text, keeps them); the lists and boxes of other jobs under it, always.
 */
function withoutSiteTerms(text: string, hits: readonly Hit[], site: readonly SiteRange[]): Hit[] {
  // (Other jobs' cards among a site's top lines are theirs all the same.)
  const within = (h: Hit, r: SiteRange) => h.start >= r.start && h.start < r.end;
  const overHeader = (r: SiteRange) => r.kind === 'top' || r.kind === 'form';
  const ranges = hits.map((h) => site.find((r) => !overHeader(r) && within(h, r)) ?? site.find((r) => within(h, r)));
  const stated = new Set(hits.filter((_, k) => ranges[k] === undefined).map((h) => h.termField));
  return hits.filter((h, k) => {
    const range = ranges[k];
    if (range === undefined) return true;
    // (A way of working there stands under its row's label, not among a search form's options.)
    return overHeader(range) && !stated.has(h.termField) && (h.termField !== 'workplace' || LABEL_BEFORE.test(text.slice(Math.max(0, h.start - LABEL_REACH), h.start)));
  });
}

/**
 * Employment type, contract type and workplace stated in `text`. Each value
 * keeps all its mentions, in order of first mention; it is `negated` only
 * when every mention is negated ("no remote working"). `fields` are the header
 * fields' spans: a match that leaves its field is no term. `site`: a copied
 * page's own text (see AnalysedDocument and withoutSiteTerms).
 */
export function findTerms(text: string, title?: Span | null, fields: readonly Range[] = [], site: readonly SiteRange[] = []): Terms {
  const hits: Hit[] = [];
  // Where the body starts, read once when a header's term is found.
  let bodyStart: number | undefined;
  const mask = text.length <= CLAIMED.length ? CLAIMED.fill(0, 0, text.length) : new Uint8Array(text.length);
  const unglued = unglue(text);
  const lower = lowerCased(text);
  const anchors = cueAnchors(lower);
  // Lower-casing keeps every offset unless a letter became two ("İ"), and so does ungluing unless the letter
  // blanked was two units: where an offset moved, the pattern reads the whole text.
  const aligned = lower.length === text.length;
  for (let k = 0; k < TERM_PATTERNS.length; k++) {
    const tp = TERM_PATTERNS[k];
    const found = anchors[k];
    if (found.length === 0) continue;
    for (const source of unglued === text ? [text] : [text, unglued]) {
      const matches = aligned && source.length === text.length ? matchesStartingNear(source, tp.pattern, found, CUE_REACH) : everyMatch(source, tp.pattern);
      for (const m of matches) {
        const start = m.index;
        const end = start + m[0].length;
        if (leavesItsField({ start, end }, fields)) continue;
        // The unglued copy adds only terms that end where a word was glued on.
        if (source !== text && source[end] === text[end]) continue;
        // (A title's pattern claims no words outside the title, where another pattern may read them.)
        if (tp.within === 'title' && title && !(start >= title.start && end <= title.end)) continue;
        const bit = FIELD_BIT[tp.field];
        if (claimed(mask, start, end, bit)) continue;
        claim(mask, start, end, bit);
        if (isTentative(text, start, end, tp.field) || inChoiceLabel(text, start, end)) continue;
        if (tp.field === 'contractType' && inAgencyNotice(text, start, end)) continue;
        if (aboutOthers(text, start, end, tp.field, tp.values) || inOptionList(text, start, end) || inOptionRun(text, start, end)) continue;
        const negated = isNegated(text, start, end, tp.values.includes('remote'));
        const context = roleContext(text, start, end, title);
        if ((tp.within === 'title' && context !== 'title') || (tp.within === 'header' && start >= (bodyStart ??= firstSentence(text)))) continue;
        for (const value of tp.values) hits.push({ termField: tp.field, value, text: m[0], start, end, reason: tp.reason, negated, context });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const kept = keepRoleHits(text, site.length > 0 ? withoutSiteTerms(text, hits, site) : hits);
  const out: Terms = { employmentType: [], contractType: [], workplace: [] };
  for (const h of kept) {
    const list = out[h.termField] as TermValue<string>[];
    let tv = list.find((t) => t.value === h.value);
    if (!tv) {
      tv = { value: h.value, schemaOrg: schemaOf(h.termField, h.value), negated: true, mentions: [] };
      list.push(tv);
    }
    tv.negated &&= h.negated;
    tv.mentions.push({ text: h.text, start: h.start, end: h.end, reason: h.reason });
  }
  return out;
}
