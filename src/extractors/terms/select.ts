/**
 * Which term hits describe the role on offer, once all are found: where a
 * value is stated for the role (title, a line of its own), another value of
 * the field mentioned elsewhere gives way; a term naming a group of staff
 * describes them; remote work with days at the office is hybrid; the kinds of
 * contract a sentence names beside the role said to be permanent are others'.
 */
import type { Explained, Span } from '../../types/common';
import { JOINED_TERMS, type TermField } from './patterns';
import { sentenceAround, type RoleContext } from './role-context';
import { lastStartingBy } from '../../util/spans';
import { shortLineEnd, shortLineStart } from '../../util/lines';
import { isPluralOfRole } from '../../normalise/role-words';

/** One cue found in the text, with where it stands. */
export interface Hit extends Span, Explained {
  termField: TermField;
  value: string;
  negated: boolean;
  context: RoleContext;
}

// "part time and full time positions", "Full time & Part Time vacancies": terms joined by a
// conjunction share the noun, so both describe the role or neither does. Terms of different fields share only a row's
// or a title's standing: "Type: Full-time, permanent, direct hire with our client (W-2 on their payroll)" states both.
const COORDINATED = /^[\s,]{0,2}(?:&|\/|and|or|and\/or|,)?[\s,]{0,2}(?:either\s)?$/i;
const COORDINATION_GAP = 16;
const RANK: Record<RoleContext, number> = { title: 0, line: 1, role: 2, other: 3 };

function shareCoordinatedContext(text: string, hits: Hit[]): void {
  for (const pass of [1, -1]) {
    const order = pass === 1 ? hits : [...hits].reverse();
    for (let i = 1; i < order.length; i++) {
      const [a, b] = pass === 1 ? [order[i - 1], order[i]] : [order[i], order[i - 1]];
      if (a.end > b.start || b.start - a.end > COORDINATION_GAP || !COORDINATED.test(text.slice(a.end, b.start))) continue;
      const best = RANK[a.context] <= RANK[b.context] ? a.context : b.context;
      if (a.termField !== b.termField && best !== 'line' && best !== 'title') continue;
      a.context = best;
      b.context = best;
    }
  }
}

// "pro-rated leave for part-time colleagues", "full-time employees are eligible": outside a sentence
// about the role, a term that names a group of staff describes them, not the role on offer.
// Where people work is said after them: "with employees working from home or from our offices".
// Other terms may come between, and then workers too are a group: "we place temporary and contract workers" (but
// "a temporary workers' benefit package" may well be this role's).
const STAFF_AFTER = new RegExp(
  String.raw`^(?:${JOINED_TERMS}*[\s-](?:employees|colleagues|staff|team\smembers|associates|professionals)|${JOINED_TERMS}+[\s-](?:workers|personnel))\b`,
  'i',
);
// (No word of the terms of employment is a trade.)
const NOT_A_TRADE = String.raw`(?!(?:regular|permanent|eligible|benefits|salaried|hourly|exempt|work|hours|shifts|roles|positions|jobs|basis)\b)`;
// Their trade between, in prose's small letters: "payroll for temporary and seasonal warehouse employees" (not the terms of
// employment, "full-time regular employees", which the role may well share; nor "Full time Contoso associates"; nor
// workers, "we require full and part time care workers to join our team").
const TRADE_STAFF_AFTER = new RegExp(String.raw`^${JOINED_TERMS}*[\s-]${NOT_A_TRADE}[a-z]{3,20}\s(?:employees|colleagues)\b`);
// Their trade in a word or two before a crew's name, in a sentence that hires none: "including seasonal crews, H-2A guest
// workers and temporary packing line staff" (not "we need temporary warehouse workers").
const TRADE_CREW_AFTER = new RegExp(String.raw`^${JOINED_TERMS}*[\s-]${NOT_A_TRADE}[a-z]{3,20}(?:\s[a-z]{3,20})?\s(?:staff|workers|crews|personnel|labou?rers)\b(?!['’])`);
// A term whose own words name the people ("seasonal staff", "co-op students"), outside a sentence about the role: a group
// (not "Bank staff", the UK's name of the on-call role itself).
const NAMES_STAFF = /(?:students|interns|(?:seasonal|temporary|temp|contract)\s(?:staff|workers|employees|personnel))$/i;
const STAFF_BEFORE = /\b(?:employees|colleagues|staff|team\smembers|teammates|people)\s(?:who\s|that\s)?(?:are\s)?$/i;

// "alongside our full-time engineers", "schedule our part-time nurses and aides", "alongside the client's own full-time
// operators": the employer's people of those terms, named by any plural but the offer's own nouns ("one of our full-time
// positions").
const OURS_BEFORE = /\b(?:our|the\s(?:client|company|employer|customer)['’]s\sown)\s(?:(?:full|part)[\s-]?time|temporary|temp|permanent|contract|seasonal|casual|per[\s-]?diem|prn)?[\s,/&]{0,3}(?:(?:and|or)\s)?$/i;
const OURS_AFTER = new RegExp(
  String.raw`^${JOINED_TERMS}*[\s-](?!(?:positions|roles|jobs|openings|opportunities|vacancies|posts|assignments|hours|shifts|schedules|contracts|programs|programmes|benefits)\b)[a-z]{2,20}s\b`,
  'i',
);

// Outside a sentence about the role, a contract's kind said of a thing is no kind of work: "two temporary closures last
// year", "a temporary schedule runs June-August", "daily temporary labour numbers", "scope intern projects"; nor is the
// employer's scheme it runs for others: "we run a paid internship program for students", "the district also sponsors a
// career internship program".
const THING_AFTER =
  /^[\s-](?:[a-z-]{2,20}\s)?(?:closures?|closings?|schedules?|changes?|measures?|relief|reductions?|suspensions?|pauses?|shutdowns?|exhibitions?|exhibits?|displays?|structures?|signage|repairs?|solutions?|menus?|products?|demand|peaks?|promotions?|decorations?|events?|numbers|levels|costs?|budgets?|spend|usage|headcount|forecasts?|projects?|cohorts?)\b/i;
// (A term that ends with its kind's word, which the next word may then be said of: not "contract role".)
const ENDS_AS_KIND = /(?:temporary|temp|seasonal|internship|contract|freelance|casual|volunteer|apprenticeship)$/i;
const SCHEME_AFTER = /^\s(?:programs?|programmes?|schemes?)\b/i;
const SCHEME_END = /(?:programs?|programmes?|schemes?)$/i;
// (Or one the role helps others through: "mentor students in our paid accounting internship program".)
const RUNS_BEFORE = /\b(?:runs?|ran|hosts?|sponsors?|operates?|offers?|has|have)\s(?:an?\s|the\s|our\s|its\s)?(?:[\w-]+\s){0,2}$|\b(?:mentor|supervis|coach|train|teach)\w*\s(?:[\w-]+\s){0,3}in\s(?:our|the|its)\s(?:[\w-]+\s){0,2}$/i;

function ofThing(text: string, h: Hit): boolean {
  if (h.termField !== 'contractType') return false;
  const after = text.slice(h.end, h.end + 60);
  if (SCHEME_END.test(h.text) || (ENDS_AS_KIND.test(h.text) && SCHEME_AFTER.test(after))) return RUNS_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
  return ENDS_AS_KIND.test(h.text) && THING_AFTER.test(after);
}

function ofStaff(text: string, h: Hit): boolean {
  if (h.termField === 'workplace') return STAFF_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start));
  const after = text.slice(h.end, h.end + 60);
  return NAMES_STAFF.test(h.text) || STAFF_AFTER.test(after) || TRADE_STAFF_AFTER.test(after) || (TRADE_CREW_AFTER.test(after) && !HIRES.test(sentenceAround(text, h.start, h.end))) || namesJobsAfter(text, h, after) || saidOfGroup(text, h) || ofOurStaff(text, h);
}

// The clause's subject a group of people the text named before: "These specialists are engaged on a contract basis",
// "Those drivers work seasonal hours".
const GROUP_SUBJECT_BEFORE = /\b(?:these|those|such)\s(?:[a-z-]{2,20}\s){0,2}?([a-z-]{3,20}s)\s(?:are|were|will\sbe|would\sbe|work|get)\s(?:[a-z-]{1,20}\s){0,3}$/i;
// (Or some of them: "you lead a team of 25 order pickers. Many of them are temporary workers supplied by agencies".)
const SOME_OF_THEM_BEFORE = /\b(?:many|most|some|all|several|half|none|a\sfew)\sof\s(?:them|these|those|whom)\s(?:are|were|will\sbe|work)\s(?:[a-z-]{1,20}\s){0,3}$/i;
const GROUP_REACH = 80;
function saidOfGroup(text: string, h: Hit): boolean {
  const before = text.slice(Math.max(0, h.start - GROUP_REACH), h.start);
  const m = GROUP_SUBJECT_BEFORE.exec(before);
  return (m !== null && isPluralOfRole(m[1])) || SOME_OF_THEM_BEFORE.test(before);
}

// A job's plural after the term on its line, a word between at most (no determiner: "contract My client offers" is two
// sentences run together), in a sentence that hires none: "Temporary travel nurses also work on the unit", "Per diem nurses
// in our float pool are paid a separate rate", "we bring on temporary CAT adjusters". (Not "We require both full and part
// time Support Workers", "Permanent part time Support Workers required": the jobs on offer; nor workers, whose "temporary
// workers benefit package" may well be this role's.)
const JOBS_AFTER = /^[ \t-](?:(?!(?:my|our|your|their|his|her|its|the|an?|this|that|these|those|we|you|they|it|i)[ \t])[A-Za-z][\w-]{0,19}[ \t])?([A-Za-z][a-z-]{2,19}s)\b/i;
// (Or their letters: "a pool of per diem LPNs and RNs who cover weekend visits".)
const ACRONYM_PLURAL = /^[A-Z]{2,5}s$/;
// (The role itself, as its holders: "As a selfemployed Sales executives you have the potential to earn".)
const AS_BEFORE = /\bas\s(?:an?\s)?$/i;
const HIRES = /\b(?:requir\w*|need\w*|wanted|seek\w*|looking\sfor|recruit\w*|hir(?:e|es|ing)|provid\w*|opportunit\w*|vacanc\w*|join\w*|apply|welcome\w*)\b/i;
function namesJobsAfter(text: string, h: Hit, after: string): boolean {
  const m = JOBS_AFTER.exec(after);
  return (
    m !== null &&
    m[1].toLowerCase() !== 'workers' &&
    (isPluralOfRole(m[1]) || ACRONYM_PLURAL.test(m[1])) &&
    !AS_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)) &&
    !HIRES.test(sentenceAround(text, h.start, h.end))
  );
}

/** "our per diem and part-time nurses": the employer's people, also in a sentence about the role ("hiring a Scheduler to coordinate visits for ..."). */
function ofOurStaff(text: string, h: Hit): boolean {
  return h.termField !== 'workplace' && OURS_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start)) && OURS_AFTER.test(text.slice(h.end, h.end + 60));
}

/**
 * The fields and values stated where they describe the role: in the title or a line of its own. There,
 * another value of the field mentioned elsewhere is dropped: "Employment Type: Full-time ... leave for
 * part-time staff" is full time only.
 */
function statedForRole(hits: readonly Hit[]): Map<TermField, Set<string>> {
  const out = new Map<TermField, Set<string>>();
  for (const h of hits) {
    if (h.negated || (h.context !== 'title' && h.context !== 'line')) continue;
    const values = out.get(h.termField) ?? new Set<string>();
    values.add(h.value);
    out.set(h.termField, values);
  }
  return out;
}

function describedElsewhere(strong: Map<TermField, Set<string>>, h: Hit): boolean {
  const values = strong.get(h.termField);
  return values !== undefined && [...values].some((v) => v !== h.value);
}

const SENTENCE_GAP = 160;
const REST_OF_WEEK = /^\s*(?:the\s(?:rest|remaining\s(?:days?|time|hours))|(?:the\s)?other\sdays|otherwise)\b/i;
// "in the office on Tuesdays and Thursdays": a weekday names the days as well as "days" does.
// The rest of the week named right before a remote cue, in its clause, or right after it.
const REST_BEFORE = /\b(?:the\s(?:rest(?:\sof\sthe\s(?:week|time))?|remaining\s(?:days?|time|hours)|other\sdays)|otherwise)\b[^.!?;\n]{0,30}$/i;
const REST_AFTER = /^\s(?:on\s)?the\s(?:other|remaining)\sdays\b|^\s(?:for\s)?the\srest\sof\sthe\s(?:week|time)\b/i;
const REST_WORDS = 60;
/** How far after a hybrid cue its rest of the week may be named: the next sentence or two. */
const REST_REACH = 2 * SENTENCE_GAP;
const OFFICE_DAYS = /\b(?:mon|tues|wednes|thurs|fri)?days?\b/i;
const SENTENCE_END = /[.!?;\n]/;

/**
 * The remote hits that share their sentence with days at the office or at home: "Remote-based role
 * with one day a week in the office" is hybrid. Options side by side ("in-office, hybrid and remote
 * arrangements", "Hybrid/Remote") keep both. So are the on-site hits that share their sentence with a
 * hybrid one, its days at the office: "on-site in Grand Rapids four days a week with Fridays remote",
 * "Hybrid: on-site Monday–Wednesday". `hits` are in text order; the nearest cue on each side is enough,
 * so one pass each way.
 */
function partsOfHybrid(text: string, hits: readonly Hit[]): Set<Hit> {
  const out = new Set<Hit>();
  const near = (h: Hit, o: Hit | null) => {
    if (!o || o.start === h.start) return false;
    const [from, to] = o.start < h.start ? [o.end, h.start] : [h.end, o.start];
    return to >= from && to - from < SENTENCE_GAP && !SENTENCE_END.test(text.slice(from, to));
  };
  const isHybrid = (o: Hit) => o.value === 'hybrid' && !o.negated;
  // The sentence after a hybrid one that says where the rest of the week is spent: "we'd like you in the store office
  // Tuesday and Thursday mornings. The rest can be done from home." Or the rest named beside the cue, a sentence or two
  // on: "This is a hybrid role. Officers spend two days on their patch, one in the office, and the remaining time working
  // from home", "... and works from home on the other days".
  const restAfter = (h: Hit, o: Hit | null): boolean => {
    if (!o || o.end > h.start || h.start - o.end >= REST_REACH) return false;
    if (REST_BEFORE.test(text.slice(Math.max(0, h.start - REST_WORDS), h.start)) || REST_AFTER.test(text.slice(h.end, h.end + REST_WORDS))) return true;
    if (h.start - o.end >= SENTENCE_GAP) return false;
    const between = text.slice(o.end, h.start);
    const stop = between.search(SENTENCE_END);
    return stop !== -1 && !SENTENCE_END.test(between.slice(stop + 1)) && REST_OF_WEEK.test(between.slice(stop + 1));
  };
  for (const order of [hits, [...hits].reverse()]) {
    let days: Hit | null = null;
    let hybrid: Hit | null = null;
    for (const h of order) {
      // (Not where the sentence says the role is on site, the hybrid to come: "While this role is office based, we will
      // consider partial home working after a period".)
      if (!h.negated && ((h.value === 'remote' && (near(h, days) || restAfter(h, hybrid))) || (h.value === 'onsite' && h.context !== 'role' && near(h, hybrid)))) out.add(h);
      if (isHybrid(h)) {
        hybrid = h;
        if (OFFICE_DAYS.test(h.text)) days = h;
      }
    }
  }
  return out;
}

// "... but this opening is a permanent position", "this advert is for a permanent position", "this posting is for a
// permanent, year-round position": the role said to be permanent
// (not once something has passed: "permanent after six months").
const ROLE_IS_BEFORE = /\b(?:this|the)\s(?:[\w-]+\s)?(?:role|position|job|opening|vacancy|post|posting|listing|advert|advertisement)\s(?:is|will\sbe)\s(?:for\s)?(?:an?\s)?(?:[\w-]+\s)?$/i;
const NOT_YET_AFTER = /^[\s\w-]{0,20}?\b(?:after|following|once|upon|subject\sto)\b/i;
const ROLE_IS_REACH = 60;
/** How far apart in one sentence a kind of contract and the role's permanence are read together. */
const PERMANENCE_GAP = 200;
// (Not at a semicolon, unlike SENTENCE_END: "... engaged per diem; this advert is for a permanent position" is one statement.)
const SENTENCE_STOP = /[.!?\n]/;
/** Longer than any term's words. */
const MAX_TERM_LENGTH = 120;

/** Whether hit `p` says the role is permanent, `opening` the words before it ("this opening is a"), and not only later. */
function saidPermanent(text: string, p: Hit, opening: RegExp): boolean {
  return p.value === 'permanent' && !p.negated && opening.test(text.slice(Math.max(0, p.start - ROLE_IS_REACH), p.start)) && !NOT_YET_AFTER.test(text.slice(p.end, p.end + ROLE_IS_REACH));
}


/**
 * The contract kinds a sentence names beside the role said to be permanent ("Temporary assignments are available at our
 * sister site, but this opening is a permanent position", "Locum officers are also engaged per diem; this advert is for
 * a permanent position"): the others' work. A title's or a line's own stands; so does temp-to-perm.
 */
function besidePermanentRole(text: string, hits: readonly Hit[]): Set<Hit> {
  const out = new Set<Hit>();
  const permanent = hits.filter((p) => saidPermanent(text, p, ROLE_IS_BEFORE));
  for (const p of permanent) {
    // `hits` are in text order: only those that start within the gap (and a term's length) before it are read.
    for (let k = lastStartingBy(hits, p.start - PERMANENCE_GAP - MAX_TERM_LENGTH - 1) + 1; k < hits.length && hits[k].start <= p.end + PERMANENCE_GAP; k++) {
      const h = hits[k];
      if (h.termField !== 'contractType' || h.value === 'permanent' || h.value === 'temp_to_perm' || h.negated || h.context === 'title' || h.context === 'line') continue;
      const [from, to] = h.start < p.start ? [h.end, p.start] : [p.end, h.start];
      if (to >= from && to - from <= PERMANENCE_GAP && !SENTENCE_STOP.test(text.slice(from, to))) out.add(h);
    }
  }
  return out;
}

// A board's chip of its remote category among the terms on a short line: "Contract, Work from home". (Not a row's
// value alone on its line: "Flexible Work Arrangements" / "Remote".)
const REMOTE_CHIP = /^(?:work from home|remote|wfh)$/i;
const CHIP_MARK = /[,·|•]/;
const MAX_CHIP_LINE = 60;

/**
 * A board files a hybrid job under its remote category: where the posting states a hybrid way of working ("London
 * (Hybrid)"), a remote chip among the terms on a line of the details is the board's filing, not the role's.
 */
function remoteChipsBesideHybrid(text: string, hits: readonly Hit[]): Set<Hit> {
  if (!hits.some((h) => h.value === 'hybrid' && !h.negated && h.context !== 'other')) return new Set();
  // (Each line read within a chip line's reach: a text of one long line costs no more than a short one.)
  const chipLine = (h: Hit): boolean => {
    const from = shortLineStart(text, h.start, MAX_CHIP_LINE);
    const to = from === -1 ? -1 : shortLineEnd(text, h.end, MAX_CHIP_LINE);
    return to !== -1 && to - from <= MAX_CHIP_LINE && CHIP_MARK.test(text.slice(from, to));
  };
  return new Set(hits.filter((h) => h.value === 'remote' && h.context === 'line' && REMOTE_CHIP.test(h.text) && chipLine(h)));
}

// "This is a permanent, full-time role", "This is a full-time, permanent graduate role", "This is an internal, full-time,
// permanent position".
const THIS_IS_BEFORE = /\bthis\s(?:is|will\sbe)\s(?:an?\s)?(?:[\w-]+,?\s){0,3}$/i;

/**
 * Whether the posting says in so many words that the role is permanent ("This is a permanent, full-time role", "this
 * position is permanent"): then the contract kinds mentioned outside any sentence about the role are the others' ("We
 * also run a paid internship programme for students"), as they are beside a permanence a title or a line states.
 */
function permanentForRole(text: string, hits: readonly Hit[]): boolean {
  return hits.some((h) => h.context === 'role' && (saidPermanent(text, h, THIS_IS_BEFORE) || saidPermanent(text, h, ROLE_IS_BEFORE)));
}

// A contract read from a duration field ("Duration: 12 weeks") is inferred: the internship, season or temporary post
// the posting states for the role is what lasts that long.
const INFERRED = 'terms/duration-field';

/** The hits that describe the role, in text order; `hits` are in text order (their contexts may be raised in place). */
export function keepRoleHits(text: string, hits: Hit[]): Hit[] {
  shareCoordinatedContext(text, hits);
  // (A hybrid arrangement's parts state no way of working of their own: "Hybrid – on site at the Springfield planning
  // center four days per week" leaves the hybrid.)
  const hybrid = partsOfHybrid(text, hits);
  const strong = statedForRole(hits.filter((h) => h.reason !== INFERRED && !hybrid.has(h)));
  if (permanentForRole(text, hits)) strong.set('contractType', new Set([...(strong.get('contractType') ?? []), 'permanent']));
  const others = besidePermanentRole(text, hits);
  const chips = remoteChipsBesideHybrid(text, hits);
  return hits.filter(
    (h) =>
      h.negated ||
      ((h.context !== 'other' || (!describedElsewhere(strong, h) && !ofStaff(text, h) && !ofThing(text, h))) &&
        !(h.context === 'role' && (ofOurStaff(text, h) || saidOfGroup(text, h))) &&
        !hybrid.has(h) &&
        !others.has(h) &&
        !chips.has(h) &&
        !(h.reason === INFERRED && describedElsewhere(strong, h))),
  );
}
