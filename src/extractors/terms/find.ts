/** Finds employment type, contract type and workplace values with their mentions and negation. */
import type { Explained, Span } from '../../types/common';
import type { ContractType, EmploymentType, SchemaOrgTerm, TermValue, Workplace } from '../../types/pay';
import { TERM_PATTERNS, type TermField } from './patterns';
import { isNegated, isTentative } from './negation';
import { CONTRACT_SCHEMA, EMPLOYMENT_SCHEMA, WORKPLACE_SCHEMA } from './schema-org';
import { roleContext, type RoleContext } from './role-context';

export interface Terms {
  employmentType: TermValue<EmploymentType>[];
  contractType: TermValue<ContractType>[];
  workplace: TermValue<Workplace>[];
}

interface Hit extends Span, Explained {
  termField: TermField;
  value: string;
  negated: boolean;
  context: RoleContext;
}

/** The schema.org term for one of our values, or null where schema.org has none. */
export function schemaOf(field: TermField, value: string): SchemaOrgTerm | null {
  if (field === 'employmentType') return EMPLOYMENT_SCHEMA[value as EmploymentType];
  if (field === 'contractType') return CONTRACT_SCHEMA[value as ContractType];
  return WORKPLACE_SCHEMA[value as Workplace];
}

/** Whether `[start, end)` overlaps characters already claimed by an earlier pattern. */
function claimed(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}

// The UK agency notice ("... acts as an employment agency for permanent recruitment and an
// employment business for the supply of temporary workers") describes the agency, not the job.
const AGENCY_NOTICE = /employment\s(?:agency|business)/i;
const NOTICE_REACH = 120;

function inAgencyNotice(text: string, start: number, end: number): boolean {
  return AGENCY_NOTICE.test(text.slice(Math.max(0, start - NOTICE_REACH), end + NOTICE_REACH));
}

// "We offer contract, temporary and permanent placement solutions", "benefits for intern, part-time and
// seasonal workers": terms of other people's jobs, not of the role on offer.
const OTHERS_AFTER =
  /^(?:[\s,/&]+(?:and\s|or\s)?(?:contract|temporary|temp|permanent|perm|full[\s-]?time|part[\s-]?time|interns?|seasonal|freelance|fixed[\s-]term))*[\s,/&-]+(?:placements?|staffing|solutions|professionals|employees|associates|talent|agenc(?:y|ies)|recruitment|recruiters?)\b/i;
const OTHERS_BEFORE = /\bbenefits\s(?:are\s|may\s)?(?:\w+\s)?(?:for|to)\s(?:our\s|all\s)?(?:[\w-]+,?\s(?:and\s|or\s)?){0,2}$/i;
const OTHERS_REACH = 60;

// "oversees a Design Intern", "supervising intern projects": interns this role works with, not this role.
const SUPERVISES_BEFORE = /\b(?:oversee\w*|supervis\w+|manag(?:e|es|ing)|mentor\w*|coach\w*|lead(?:s|ing)?)\s(?:an?\s|the\s|our\s|all\s)?(?:[\w-]+\s)?$/i;

// An app's or agency's pitch: "find temporary and permanent shifts", "contract opportunities with public or private organisations".
const PITCH_BEFORE = /\b(?:find|finding|book|booking|browse|search|discover|pick\sup)\s(?:[\w-]+,?\s(?:and|or)\s){0,2}$/i;
const PLURAL_OFFERS = /(?:opportunities|roles|positions|jobs|vacancies|assignments)$/i;
const WITH_OTHERS = /^\s(?:with|at|across|for)\s(?:public|private|other|various|many|leading|a\srange|organi[sz]ations|companies|employers|clients|businesses)\b/i;

// "engineers who work remotely", "teams that are distributed and working remotely": other people's workplace.
const OTHERS_WORK_BEFORE =
  /\b(?:teams?|engineers|developers|colleagues|employees|staff|people|workers|members|clients|customers|users|those|others)\s(?:who|that)\s(?!(?:can|will|would|may)\b)(?:[\w-]+\s){0,4}$/i;

function aboutOthers(text: string, start: number, end: number, field: TermField, values: readonly string[]): boolean {
  const before = text.slice(Math.max(0, start - OTHERS_REACH), start);
  if (field === 'workplace') return OTHERS_WORK_BEFORE.test(before);
  if (values.includes('internship') && SUPERVISES_BEFORE.test(before)) return true;
  // Contract kinds only: "find part-time work" may well be this role.
  if ((field === 'contractType' && PITCH_BEFORE.test(before)) || (PLURAL_OFFERS.test(text.slice(start, end)) && WITH_OTHERS.test(text.slice(end, end + OTHERS_REACH)))) return true;
  return OTHERS_AFTER.test(text.slice(end, end + OTHERS_REACH)) || OTHERS_BEFORE.test(before);
}

// "part time and full time positions", "Full time & Part Time vacancies": terms joined by a
// conjunction share the noun, so both describe the role or neither does.
const COORDINATED = /^[\s,]{0,2}(?:&|\/|and|or|and\/or|,)?[\s,]{0,2}(?:either\s)?$/i;
const COORDINATION_GAP = 16;
const RANK: Record<RoleContext, number> = { title: 0, line: 1, role: 2, other: 3 };

function shareCoordinatedContext(text: string, hits: Hit[]): void {
  for (const pass of [1, -1]) {
    const order = pass === 1 ? hits : [...hits].reverse();
    for (let i = 1; i < order.length; i++) {
      const [a, b] = pass === 1 ? [order[i - 1], order[i]] : [order[i], order[i - 1]];
      if (a.termField !== b.termField || a.end > b.start || b.start - a.end > COORDINATION_GAP || !COORDINATED.test(text.slice(a.end, b.start))) continue;
      const best = RANK[a.context] <= RANK[b.context] ? a.context : b.context;
      a.context = best;
      b.context = best;
    }
  }
}

// "pro-rated leave for part-time colleagues", "full-time employees are eligible": outside a sentence
// about the role, a term that names a group of staff describes them, not the role on offer.
const STAFF_AFTER = /^[\s-](?:employees|colleagues|staff|team\smembers|associates|professionals)\b/i;

function ofStaff(text: string, h: Hit): boolean {
  return h.termField !== 'workplace' && STAFF_AFTER.test(text.slice(h.end, h.end + 20));
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
const OFFICE_DAYS = /\bdays?\b/i;
const SENTENCE_END = /[.!?;\n]/;

/**
 * The remote hits that share their sentence with days at the office or at home: "Remote-based role
 * with one day a week in the office" is hybrid. Options side by side ("in-office, hybrid and remote
 * arrangements", "Hybrid/Remote") keep both. `hits` are in text order; the nearest day cue on each
 * side is enough, so one pass each way.
 */
function remoteBesideOfficeDays(text: string, hits: readonly Hit[]): Set<Hit> {
  const out = new Set<Hit>();
  const near = (h: Hit, o: Hit | null) => {
    if (!o || o.start === h.start) return false;
    const [from, to] = o.start < h.start ? [o.end, h.start] : [h.end, o.start];
    return to >= from && to - from < SENTENCE_GAP && !SENTENCE_END.test(text.slice(from, to));
  };
  const isDays = (o: Hit) => o.value === 'hybrid' && !o.negated && OFFICE_DAYS.test(o.text);
  for (const order of [hits, [...hits].reverse()]) {
    let last: Hit | null = null;
    for (const h of order) {
      if (h.value === 'remote' && !h.negated && near(h, last)) out.add(h);
      if (isDays(h)) last = h;
    }
  }
  return out;
}

// Scraped text glues a label onto the value before it ("Employment Type: Full-timeStarting Salary:").
const GLUED = /(?<=\p{Ll})\p{Lu}(?=\p{Ll})/gu;

/**
 * `text` with the first letter of each glued-on word blanked, so a term before it ends at a word
 * boundary. Same length, so offsets hold; a term is read there only where it ends at a blank.
 */
function unglue(text: string): string {
  return text.replace(GLUED, ' ');
}

/**
 * Employment type, contract type and workplace stated in `text`. Each value
 * keeps all its mentions, in order of first mention; it is `negated` only
 * when every mention is negated ("no remote working").
 */
export function findTerms(text: string, title?: Span | null): Terms {
  const hits: Hit[] = [];
  const mask = new Uint8Array(text.length);
  const unglued = unglue(text);
  for (const tp of TERM_PATTERNS) {
    for (const source of unglued === text ? [text] : [text, unglued]) {
      tp.pattern.lastIndex = 0;
      for (let m = tp.pattern.exec(source); m; m = tp.pattern.exec(source)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0].length === 0) {
          tp.pattern.lastIndex++;
          continue;
        }
        // The unglued copy adds only terms that end where a word was glued on.
        if (source !== text && source[end] === text[end]) continue;
        if (claimed(mask, start, end)) continue;
        mask.fill(1, start, end);
        if (isTentative(text, start, end)) continue;
        if (tp.field === 'contractType' && inAgencyNotice(text, start, end)) continue;
        if (aboutOthers(text, start, end, tp.field, tp.values)) continue;
        const negated = isNegated(text, start, end);
        const context = roleContext(text, start, end, title);
        for (const value of tp.values) hits.push({ termField: tp.field, value, text: m[0], start, end, reason: tp.reason, negated, context });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start);
  shareCoordinatedContext(text, hits);
  const strong = statedForRole(hits);
  const hybrid = remoteBesideOfficeDays(text, hits);
  const kept = hits.filter((h) => h.negated || ((h.context !== 'other' || (!describedElsewhere(strong, h) && !ofStaff(text, h))) && !hybrid.has(h)));
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
