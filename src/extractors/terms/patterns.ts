/** The cues that state employment type, contract type and workplace. */
import { lazy } from '../../util/lazy';
import type { ContractType, EmploymentType, Workplace } from '../../types/pay';
import { sameLineSource } from '../../util/same-line';
import termWords from '../../data/words/employment-terms.json';
import { escapeRegExp } from '../../util/escape-regexp';

/**
 * One cue per line: the words that state a term, and what they state.
 * The Adzuna feed strips hyphens, so "full time", "fulltime" and "full-time"
 * are one cue. Patterns are tried in order on the same text; an earlier
 * match claims its span, so "temp to perm" is not also read as "temp" and
 * "perm", nor "fixed term contract" as "contract".
 */
export type TermField = 'employmentType' | 'contractType' | 'workplace';

export interface TermPattern {
  field: TermField;
  values: (EmploymentType | ContractType | Workplace)[];
  pattern: RegExp;
  /**
   * Lower-case ASCII strings, one of which every match contains, starting at
   * most {@link CUE_REACH} characters after the match's start: a text that
   * holds none is not scanned (most postings name few of these terms), and
   * one that does is scanned only near them.
   * No space in them: the unglued copy of the text has spaces where the text has letters.
   */
  cues: string[];
  reason: string;
  /**
   * Where the match counts: anywhere; only in the posting's title (a bracketed "(80%)" elsewhere is a share of the
   * duties); or only in its header, before the body's first sentence (a list of other jobs further down prints each
   * one's "contract" line too).
   */
  within: 'text' | 'title' | 'header';
}

/**
 * How far into a match its cue may start. The longest lead in the patterns below is 28 characters
 * ("twelve days per week in our office", hybrid): a pattern with a longer one raises this.
 */
export const CUE_REACH = 40;

/**
 * Terms joined on after a term ("temporary and contract", "full-time/part-time", "contract and temp-to-hire"): the run read past when what
 * follows it decides whose terms they are ("... placement solutions", "... workers").
 */
export const JOINED_TERMS = String.raw`(?:[\s,/&]+(?:and\s|or\s)?(?:(?:contract|temp(?:orary)?)[\s-]to[\s-](?:hire|perm(?:anent)?)|direct[\s-]hire|contract|temporary|temp|permanent|perm|full[\s-]?time|part[\s-]?time|casual|interns?|seasonal|freelance|fixed[\s-]term|per[\s-]?diem|prn))`;

const ROLE = String.raw`(?:role|roles|position|positions|post|posts|job|jobs|basis|opportunity|opportunities|vacancy|vacancies|assignment|contract|work)`;
const N = String.raw`(?:\d{1,2}|\*{4}|one|two|three|four|five|six|nine|twelve)`;
// The other values a job-type field lists beside "Contract".
const JOB_TYPE = String.raw`(?:(?:full|part)[\s-]?time|permanent|temporary|temp|internship|fixed[\s-]term|seasonal|freelance|per\sdiem|prn|casual|contract|regular)`;
// The label of a details row that gives the terms: "Job Type", "Employment Status", "Worker Sub-Type", "Appointment type",
// "Nature of employment", "Type of contract", "Engagement".
const TERMS_LABEL = String.raw`\b(?:(?:job|employment|position|work|worker|engagement|contract|appointment|hire|role)\s(?:types?|status|sub-?type|category|basis)|(?:nature|type)\sof\s(?:employment|engagement|contract|position|appointment)|engagement|(?<=^|\n)(?:type|contract))`;
/**
 * A value of a terms details row, after the label or after other values it lists ("Job Type: Full-time, Internship",
 * "Employment type:" then "Casual" on the next line).
 */
// (The values may follow one another with a space alone: "Position Type: Seasonal Part-Time".)
const termsField = (words: string) =>
  String.raw`(?<=${TERMS_LABEL}(?:\s?:[ \n]{0,2}|\s?\n)(?:${JOB_TYPE}(?:,\s?|\s?\/\s?|\sor\s|\sand\s|\s?\n|\s)){0,4})(?:${words})(?=\s?(?:$|\n|,|\/|\(|\||·|;|\sor\s|\sand\s)|\s${JOB_TYPE}\b)`;

// "a care home based in Leeds", "this nursing home working with": the home is the workplace, not the worker's own.
// The line break too: a title may end "... care" with "Home based in Leeds" on the next line.
const HOME_NOT_A_NOUN = String.raw`\b(?<!\b(?:care|nursing|residential|childrens|children's|group|family|the|a|this|that|their|our|sized|large|small|new|established|bedded|bed)[ \n])`;
// "a work from home stipend", "WFH allowance": a benefit, which an office job may pay for days at home now and then.
// (Or its options, Reed's chip: "Work from home options" offers some days at home, read as hybrid below.)
const HOME_BENEFIT = String.raw`\s(?:stipends?|allowances?|budgets?|reimbursements?|equipment|set-?up|kit|options?)\b`;

// "home based care", "home-based services": a service delivered in people's homes, not the worker's.
const NOT_HOME_SERVICE = String.raw`(?![ -](?:care|services?|support|healthcare|nursing|businesses))`;

/**
 * The alternatives that read a workplace word standing alone: on its own line ("Hybrid"), among a header line's chips
 * ("Full-time · Hybrid · Senior", "Full-time | On-site"), or closing a line after a comma ("Job Type: Full-time, Hybrid").
 */
const alone = (word: string) => String.raw`(?<=^|\n)${word}(?=\n|$)|${chip(word)}|(?<=,\s?)${word}(?=\s?(?:\n|$))`;

/**
 * A way of working among a message's run of details: a sentence of its own ("S$7,000/month. Hybrid. 3+ years", a line's
 * "Hybrid. Full-time."), a line's or sentence's first detail ("On-site, Monday to Friday."), or a part between commas or after a dash,
 * also the run's last ("PHP 55,000 monthly, onsite, day shift", "Hyderabad – hybrid, ₹25-32 LPA", "Full-time, on-site.").
 */
const inRun = (word: string) =>
  String.raw`(?<=[.!?]\s|^|\n)${word}(?=\.(?:\s|$))|(?<=[.!?]\s|^|\n)${word}(?=,\s)|(?<=(?:,|\s[-–—])\s)${word}(?=,\s|\.(?:\s|$))`;

/**
 * A word closing a line after a dash, as a board sets the way of working after the place or title: "Minneapolis, MN - Hybrid";
 * also before the next row's label where a scrape ran the rows into one line ("Pittsburgh, PA - Hybrid Pay: $20/hour").
 */
const afterDash = (word: string) => String.raw`(?<=\s[-–]\s)${word}(?=\n|$|\s[A-Z][a-z]{1,15}(?:\s[A-Z][a-z]{1,15})?:)`;

/** A line opening with the way of working, a dash and the place: "Onsite — Irvine, California", "Hybrid – Denver, CO". */
const beforePlace = (word: string) => String.raw`(?<=^|\n)${word}(?=\s?[-–—]\s?[A-Z])`;

/** A word among a header line's chips ("Fresno, CA • Contract • $52/hr", Lever's "Austin, TX / Sales / Full-time / Hybrid"). */
const chip = (word: string) =>
  String.raw`(?<=[|·•]\s?)${word}(?=\s?(?:[|·•]|\n|$))|(?<=(?:^|\n)\s?)${word}(?=\s?[|·•])|(?<=\s\/\s)${word}(?=\s\/\s|\n|$)`;

/**
 * `source` said to open a word, a bracket or a hashtag, as every match of the longest patterns below does: the engine
 * then tries their alternatives only there, not at each of the CUE_REACH positions before a cue (two thirds of what
 * they cost).
 */
const opensWord = (source: string) => String.raw`(?:\b(?=\w)|(?=[(#]))(?:${source})`;

// The normalised text's only spaces are " " and "\n": a pattern's \s means the first, so no term
// runs over a line or list-item break ("remote" ending one item, "based" opening the next). A label
// and its value, which the normaliser may set on lines of their own, are joined by an explicit [ \n].
// (Each pattern compiled on its first use: a posting that names none of its cues never needs it.)
const p = (field: TermField, values: TermPattern['values'], cues: string[], source: string, reason: string, flags = 'gi', within: TermPattern['within'] = 'text'): TermPattern => {
  const pattern = lazy(() => new RegExp(sameLineSource(source), flags));
  return {
    field,
    values,
    cues,
    get pattern() {
      return pattern();
    },
    reason,
    within,
  };
};

// An immigration status is no contract: "a permanent or temporary resident of Canada", "permanent work authorization",
// "a temporary work permit"; nor is a permit to practise, "a temporary teaching license".
const NOT_A_TERM = String.raw`(?:or\s(?:permanent|temporary)\s)?residen(?:t|ts|cy|ce)\b|(?:work\s|employment\s)?(?:authori[sz]ation|permits?|visas?)\b|(?:[a-z]+\s)?(?:licen[cs]es?|certificates?|certifications?|credentials?)\b|accommodation|housing|lodging|relocation|works|disability|disabilities|address|storage|installations?|magnets?|fixtures?|restraining\s|injunctions?|protective\sorders?`;

// "Workload: 80 - 100%", "Pensum 60%", "Grado di occupazione: 100%"; in a title, "(80%-100%)", "(60%)" (in the text a bracketed percent is a share of the duties).
const WORKLOAD_LABEL = String.raw`\b(?:workload|work\sload|pensum|arbeitspensum|beschäftigungsgrad|taux\sd'activité|taux\sd'occupation|grado\sdi\soccupazione|percentuale\sdi\soccupazione)\s?:?[ \n]{0,2}`;
const PART_PERCENT = String.raw`[1-9]\d(?:\s?%)?\s?(?:-|–|to)\s?[1-9]\d\s?%|[1-9]\d\s?%`;

// The labels of a details row that gives the way of working.
const WORK_LABEL = String.raw`work(?:place|ing)?\s(?:type|model|arrangement|style|setting|mode)|workplace|location\stype|work\slocation|where\syou(?:'|’)?ll\swork`;
// Such a row without its colon, as a board sets label and value in spans side by side ("Location Type Hybrid"): the
// value closing the line.
const workRow = (value: string) => String.raw`(?<=(?:^|\n)(?:${WORK_LABEL})\s)(?:${value})(?=\n|$)`;

// The way of working or the hours named between a contract's length and the word ("a long-term remote contract",
// "a 6-month full-time contract"): read apart, as the workplace or hours they are.
const WAY_OF_WORK = String.raw`(?:remote|hybrid|on[\s-]?site|full[\s-]?time|part[\s-]?time)`;

// Some of a working week's days (a number before "days" in a hybrid pattern): five days at the office is on site.
const WEEKDAYS_PART = String.raw`[1-4](?:\.5)?|one|two|three|four`;

// The way of working from some point on, as US call centres and offices post it: "Remote after training", "Hybrid after 90
// days", "hybrid once onboarded".
const ONCE_SETTLED = String.raw`\s(?:after|following|once)\s(?:an?\s|the\s|your\s)?(?:\d{1,3}[\s-](?:days?|weeks?|months?)|training|onboarding|onboarded|probation|trained)\b`;

// Apprenticeships and internships are often a requirement ("served an apprenticeship",
// "relevant internships"), so only the forms that offer one count.
const OFFER = String.raw`(?:${ROLE}|scheme|schemes|programme|programmes|program)`;

// "Internship Program Coordinator", "Intern Recruiter": the staff who run the interns' programme, not an intern.
const NOT_INTERN_STAFF = String.raw`(?![\s-](?:[a-z]+\s)?(?:coordinators?|managers?|recruiters?|recruiting|recruitment|directors?|leads?|specialists?|administrators?|officers?|advisors?|partners?)\b)`;

interface TermWords {
  field: TermField;
  values: TermPattern['values'];
  phrases: Record<string, string[]>;
}


/** A phrase of employment-terms.json as a pattern: a space also matches a hyphen, " : " a label's colon. */
const phraseSource = (phrase: string) =>
  phrase
    .split(/ ?: ?/)
    .map((part) => part.split(' ').map(escapeRegExp).join('[ -]'))
    .join(' ?:[ \n]{0,2}');

/** The longest piece of a phrase with no space: found in every match, at most the phrase's length into it. */
const longestPiece = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(' ')
    .reduce((a, b) => (b.length > a.length ? b : a), '');

/**
 * The terms as postings in other languages state them ("Vollzeit", "temps partiel", "contrato indefinido",
 * "praca zdalna", "دوام كامل"), from employment-terms.json: whole words (no letter or digit either side), any case.
 */
const OTHER_LANGUAGES: TermPattern[] = (termWords.terms as TermWords[]).map((t) => {
  const phrases = Object.values(t.phrases).flat();
  const source = String.raw`(?<![\p{L}\p{N}])(?:${phrases.map(phraseSource).join('|')})(?![\p{L}\p{N}])`;
  return p(t.field, t.values, [...new Set(phrases.map(longestPiece))], source, `terms/${t.values.join('-').replace(/_/g, '-')}-words`, 'giu');
});

export const TERM_PATTERNS: readonly TermPattern[] = [
  p('employmentType', ['full_time', 'part_time'], ['time'], String.raw`\b(?:full\s?(?:\/|or|and|&)\s?part|part\s?(?:\/|or|and|&)\s?full)[\s-]?time\b`, 'terms/full-or-part-time'),
  // A workload in percent, the Swiss and German form: 100% is full time, less is part time, "80 - 100%" offers both.
  p('employmentType', ['full_time', 'part_time'], ['load', 'pensum', 'besch', 'taux', 'occupazione'], String.raw`${WORKLOAD_LABEL}[1-9]\d\s?%?\s?(?:-|–|to)\s?100\s?%`, 'terms/workload-range'),
  p('employmentType', ['full_time'], ['load', 'pensum', 'besch', 'taux', 'occupazione'], String.raw`${WORKLOAD_LABEL}100\s?%`, 'terms/workload-full'),
  p('employmentType', ['part_time'], ['load', 'pensum', 'besch', 'taux', 'occupazione'], String.raw`${WORKLOAD_LABEL}(?:${PART_PERCENT})`, 'terms/workload-part'),
  p('employmentType', ['full_time', 'part_time'], ['%'], String.raw`\([1-9]\d\s?%?\s?(?:-|–)\s?100\s?%\)`, 'terms/workload-range', 'gi', 'title'),
  p('employmentType', ['full_time'], ['%'], String.raw`\(100\s?%\)`, 'terms/workload-full', 'gi', 'title'),
  p('employmentType', ['part_time'], ['%'], String.raw`\((?:${PART_PERCENT})\)`, 'terms/workload-part', 'gi', 'title'),
  // A share of a full-time post, as health services in Australia, New Zealand and the UK state it: "1.0 FTE", "0.6 FTE".
  // The NHS writes WTE (whole-time equivalent). A share bracketed after "full-time" is what that employer calls full
  // time ("full-time (0.9 FTE)", a US hospital's three 12-hour shifts).
  p('employmentType', ['full_time'], ['fte', 'wte'], String.raw`(?<![\d.])1(?:\.0{1,2})?\s?[FW]TE\b`, 'terms/fte-full', 'g'),
  p('employmentType', ['part_time'], ['fte', 'wte'], String.raw`(?<![\d.])(?<!\bfull[\s-]?time\s?\()0?\.(?:[1-9]\d?|0[1-9])\s?[FW]TE\b`, 'terms/fte-part', 'g'),
  p('employmentType', ['full_time', 'part_time'], ['/pt', 'pt/'], String.raw`\bFT\/PT\b|\bPT\/FT\b`, 'terms/ft-pt', 'g'),
  // (Not a full-time equivalent, the measure a part-time post's pay is stated in: "the full-time equivalent salary".)
  p('employmentType', ['full_time'], ['full'], String.raw`\bfull[\s-]?time\b(?!\s(?:education|study|studies|student))(?![\s-](?:equivalent|salary\sequivalent)\b)`, 'terms/full-time'),
  // Ireland's health service and NHS Scotland write "whole-time" (a "whole time equivalent" is a share, read above).
  p('employmentType', ['full_time'], ['whole'], String.raw`\bwhole[\s-]time\b(?!\s(?:equivalent|education|study|student))`, 'terms/whole-time'),
  p('employmentType', ['part_time'], ['part'], String.raw`\bpart[\s-]?time\b(?!\s(?:education|study|studies|student))`, 'terms/part-time'),

  // US "contract-to-hire" and "temp-to-hire" are the same offer as the UK's temp to perm.
  p('contractType', ['temp_to_perm'], ['temp', 'contract'], String.raw`\b(?:temp(?:orary)?|contract)[\s-]?(?:to|2)[\s-]?(?:perm(?:anent)?|hire)\b`, 'terms/temp-to-perm'),
  // US tax forms name contract work: "1099 position", "W-2 contract", "C2C role", "$60/hr on W2". A "W-2 position"
  // alone may be a permanent employee's (the form every employee gets), so W-2 counts only beside "contract".
  // US boards' job types: "Contract - W2", "Contract (1099)", "Contract - Corp-to-Corp", "Contract - Independent".
  // A gig's "independent contractor position", "hiring independent contractors (1099)", "you'd be a 1099 independent
  // contractor" (not "1099 contractors" the role works with).
  p('contractType', ['contract'], ['1099', 'c2c', 'w2', 'w-2', 'contract'], String.raw`\b(?:1099|C2C)\s(?:contract(?:or)?|${ROLE})\b|\bW-?2\scontract(?:or)?\b|(?<!\bemployees?\s)\b(?:on|via)\s(?:a\s)?(?:W-?2|1099|C2C)\b|\bcontract\s?(?:[-–,(]\s?)?(?:W-?2|1099|C2C|corp[\s-]to[\s-]corp|independent)\b(?!\s(?:contractors?|workers?|employees?))|\bindependent\scontractor\s${ROLE}\b|(?<=\b(?:as\san|hiring)\s)independent\scontractors?\b|(?<=\byou(?:'|’)?(?:d|ll|\swould|\swill)\sbe\s(?:an?\s)?)(?:(?:1099|W-?2)\s)?(?:independent\s)?contractor(?=\s?(?:[(.,;:!]|$|\n)|\s(?:and|for|with|on|paid|not)\b)|\bindependent\scontractors?\s\((?:1099|W-?9)\)`, 'terms/us-contract'),
  // A details box: "Job Type: Contract", "Employment Type: Temporary", "Contract Duration: 6 months", "Contract: 12 months".
  // "Job type: Contract", with other types listed first ("Job Types: Full-time, Contract", a label over value lines), and a
  // board's header line "$42 - $58 an hour - Full-time, Contract": there the span is "Contract" alone, since the type
  // before it is a term of its own.
  p('contractType', ['contract'], ['contract'], String.raw`\b(?:job|employment|position|work|engagement)\s(?:types?|status)\s?:[ \n]{0,2}contract(?:or)?\b(?![\s-](?:manag|negotiat|review|law|admin))|(?<=\b(?:job|employment|position|work|engagement)\s(?:types?|status)(?:\s?:[ \n]{0,2}|\s?\n)(?:${JOB_TYPE}(?:,\s?|\s?\/\s?|\sor\s|\sand\s|\s?\n)){1,4})contract(?:or)?\b(?!\s?:)|\bcontract\s(?:duration|length|term)\s?:|(?<=\b(?:full|part)[\s-]?time\s?(?:,|\/|or|and)\s?)contract(?:or)?\b(?![\s-](?:manag|negotiat|review|law|terms|admin|specialist|officer|analyst|staff|workers|employees|roles|positions))|${chip('contract')}|(?<=^|\n)contract(?=\s\(${N}[\s-]?(?:months?|weeks?|years?)\b)|(?<=^|\n)contract(?=\s?:[ \n]{0,2}${N}[\s-]?(?:months?|weeks?|years?)\b)|(?<=^|\n)contract(?=\s[-–—]\s${N}[\s-]?(?:months?|weeks?|years?)[ \t]*(?:$|\n|[,(]))|(?<=\b(?:hiring|recruiting\sfor|seeking|looking\sfor)\san?\s(?:(?:full|part)[\s-]?time\s)?)contract\b(?=\s(?:(?:full|part)[\s-]?time\s)?\w)(?![\s-](?:manag|negotiat|review|law|terms|admin|specialist|officer|analyst|staff|workers|employees|roles|positions|basis))`, 'terms/contract-field'),
  p('contractType', ['temporary'], ['temp'], String.raw`\b(?:job|employment|position|work)\s(?:type|status)\s?:[ \n]{0,2}temp(?:orary)?\b|${termsField('temp(?:orary)?')}`, 'terms/temporary-field'),
  // (Not the fixed term's own noun, as UK universities label it: "Contract Type: Fixed-Term/Contract".)
  p('contractType', ['contract'], ['contract'], termsField(String.raw`(?<!fixed[\s-]term\s?\/\s?)contract(?:or|ual)?`), 'terms/contract-field'),
  // Australia's public service: "ongoing" employment is permanent, "non-ongoing" for a set term; Canada's "term position".
  p('contractType', ['fixed_term'], ['ongoing', 'term'], String.raw`\bnon[\s-]ongoing\b|\b(?:maximum|max)[\s-]term\b|(?<!\b(?:long|short|mid|medium|near|fixed)[\s-])\bterm\s(?:position|appointment|role|employment)\b`, 'terms/fixed-term-public'),
  // Canada's public service: an "indeterminate" appointment is permanent ("Indeterminate, Term, Acting" lists the tenures on offer).
  p('contractType', ['permanent'], ['ongoing', 'indeterminate'], String.raw`${termsField('ongoing|indeterminate')}|(?<!\bnon[\s-])\b(?:ongoing|indeterminate)(?=[,\s-]{1,3}(?:full|part)[\s-]?time\b)|(?<!\bnon[\s-])\bongoing\s(?:position|employment|appointment|vacancy)\b|\bindeterminate\s(?:position|employment|appointment|basis|status|tenure)\b|\bindeterminate(?=,\s?(?:term|acting|assignment|deployment|secondment)\b)|(?<=\btenure\s?:[ \n]{0,2})indeterminate\b`, 'terms/ongoing'),
  p('contractType', ['internship'], ['intern'], termsField('internship|intern'), 'terms/internship-field'),
  p('contractType', ['freelance'], ['freelance'], termsField('freelancer?'), 'terms/freelance-field'),
  p('contractType', ['seasonal'], ['season'], termsField('seasonal'), 'terms/seasonal-field'),
  p('contractType', ['volunteer'], ['volunt'], termsField('volunteer|voluntary'), 'terms/volunteer-field'),
  p('contractType', ['apprenticeship'], ['apprentice'], termsField('apprenticeship|apprentice'), 'terms/apprenticeship-field'),
  // Australia's and New Zealand's casual employment: no set hours, paid for the hours worked (and a loading).
  // Not "smart casual", "business casual", "a casual environment". A board's "Casual/Temporary" chip and a title's
  // "Support Worker - Casual" are.
  // A title that opens with "Casual" ("Casual Barista"); not a restaurant's kind ("Casual Dining Manager"). (Below: the
  // word as a term, "- Casual", "(Casual)", "Casual, 3 days a week"; not a dress code's, "Dress: (casual)".)
  p('contractType', ['casual'], ['casual'], String.raw`\b(?:Casual|CASUAL)\s(?!Dining|DINING)(?:[A-Z][a-z]+|[A-Z]{3,})\b`, 'terms/casual-title', 'g', 'title'),
  // A UK zero-hours contract guarantees no hours: work as called on, as a casual post.
  p('contractType', ['casual'], ['zero'], String.raw`\bzero[\s-]hours?\b`, 'terms/zero-hours'),
  p('contractType', ['casual'], ['casual'], String.raw`${termsField('casual')}|(?<!\b(?:smart|business|relaxed)\s)\bcasual\s(?:${ROLE}|staff|employment|employee|workers?|team\smembers?|pool|hours|shifts)\b|\bcasual\s?\/\s?(?:vacation|temporary|temp)\b|(?<=\s[-–]\s)(?<!\b(?:smart|business|relaxed)\s[-–]\s)casual(?=\n|$)|(?<=\b(?:full|part)[\s-]?time\s?(?:,|\/|or|and|&)\s?)casual\b|(?<=^|\n)casual(?=,\s?(?:full|part)[\s-]?time\b)|${alone('casual')}|(?<=(?<!\b(?:dress|attire|wear|code)[:\n ]{1,3})\()casual(?=\)|\s?[,/]\s?(?:full|part|temp|contract|fixed|permanent))|(?<=^|\n)casual(?=,\s?(?:\d|one|two|three|four|five)\b)`, 'terms/casual', 'gi'),
  // A details box's length of engagement, "Duration: 6 months", "Assignment length: 12+ weeks": a permanent job has none.
  p('contractType', ['contract'], ['duration', 'length'], String.raw`\b(?<!\b(?:course|training|programme|program|internship|apprenticeship|induction|probation|qualification|study)\s)(?:duration|(?:assignment|contract|project|engagement)\s(?:length|duration))\s?:[ \n]{0,2}(?:${N}|\d{1,2}\s?-\s?\d{1,2})\+?\s?(?:months?|mos?|weeks?|wks?)\b`, 'terms/duration-field'),
  // "seeking an interim Finance Director": a title after "interim" is a contract role (capitals: the title, not "an interim report").
  p('contractType', ['contract'], ['interim'], String.raw`\b(?:[Aa]n|[Tt]he|[Aa]s\s[Aa]n?)\s[Ii]nterim\s(?=[A-Z])`, 'terms/interim-title', 'g'),
  // In lower case, a job's noun after a few words: "seeking an interim senior level accountant" (not "an interim report",
  // "an interim payment", "an interim order").
  p('contractType', ['contract'], ['interim'], String.raw`\b(?:an|as\san?)\sinterim\s(?:[a-z-]{2,20}\s){0,3}(?!(?:order|offer|letter|number|quarter|chapter|paper|filter|register)s?\b)[a-z-]{1,20}(?:er|or|ist|yst|ant|(?<!m)ent|ian|officer|lead|head)s?\b`, 'terms/interim-title', 'g'),
  // France's contract codes as a details box or a terms line prints them ("CDI", "CDI - Temps plein", "Type de contrat"
  // over "CDI"; "CDD - 6 mois"): elsewhere they may be English acronyms (Clinical Documentation Improvement; a KYC
  // list's "CDD", customer due diligence, which stands alone only with its label or a length in months).
  p('contractType', ['permanent'], ['cdi'], String.raw`(?<=^|\n|[-|·•,/] )CDI(?= ?(?:$|\n|[-|·•,/(]))`, 'terms/cdi', 'g'),
  p('contractType', ['fixed_term'], ['cdd'], String.raw`(?<=[Cc]ontrat[ \t]?:?[ \t]?\n?[ \t]?)CDD\b|\bCDD[ \t]?(?:de[ \t])?[-(]?[ \t]?\d{1,2}[ \t]?mois\b`, 'terms/cdd', 'g'),
  p('contractType', ['fixed_term'], ['fixed', 'ftc', 'maternity', 'limited'], String.raw`\blimited[\s-]term\b|\bfixed[\s-]?term(?:\scontracts?)?\b|\bFTC\b|\bmaternity\s(?:leave\s)?cover\b|\b${N}\s?months?\s(?:fixed|FTC)\b`, 'terms/fixed-term'),
  // US "Per Diem" / PRN staff are called in by shift, like UK bank staff; a per diem allowance ("plus per diem and
  // overtime", "$75 per diem for days in the field", "$65/day per diem when working away", "travel, lodging or per diem") is
  // not a job type.
  p('contractType', ['bank'], ['diem'], String.raw`(?<!(?:\bplus|\bwith|\+|\d|\d\/day|\d\sa\sday)\s)(?<!\b(?:travel|lodging|housing|meals|mileage|accommodation)(?:,|\sand|\sor|\s&)\s)(?<!\d)\bper[\s-]?diem\b(?!\s(?:allowance|allowances|expenses|rate|rates|payments?|travel))`, 'terms/per-diem'),
  p('contractType', ['bank'], ['prn'], String.raw`\bPRN\b`, 'terms/prn', 'g'),
  p('contractType', ['bank'], ['bank'], String.raw`\bbank\s(?:staff|nurses?|hcas?|healthcare\sassistants?|workers?|carers?|support\sworkers?|shifts?|only|basis|contract|position|role|posts?|vacanc(?:y|ies)|team|pool|and\spermanent)\b`, 'terms/bank'),
  p('contractType', ['locum'], ['locum'], String.raw`\blocums?\b`, 'terms/locum'),
  // UK schools' supply staff cover absences by the day or the term: temporary work ("Supply Teacher", "supply cover").
  p('contractType', ['temporary'], ['supply'], String.raw`\bsupply\s(?:teach(?:ing|ers?)|cover|staff|work|tas?|teaching\sassistants?|lecturers?|roles?|positions?|assignments?)\b`, 'terms/supply'),
  // Canada's co-op: a student's paid work term within a degree ("Co-op Student", "a 4-month co-op term"); not a co-op store.
  p('contractType', ['internship'], ['co-op', 'coop'], String.raw`\bco-?op\s(?:students?|terms?|work\sterms?|placements?|positions?)\b`, 'terms/co-op'),
  p('contractType', ['internship'], ['intern', 'placement'], String.raw`\b(?:summer|paid|graduate|${N}[\s-]?(?:week|month))\sinternships?\b${NOT_INTERN_STAFF}|\binternships?\s${OFFER}\b${NOT_INTERN_STAFF}|\bintern\b(?![\s-](?:programs?|programmes?|cohorts?|class|housing|credentials?|licen[cs]es?|permits?|certificates?|registration))${NOT_INTERN_STAFF}|\b(?:summer|sandwich)\splacements?\b|\bplacement\syear\s${OFFER}\b|(?<=^|\n)internship(?=\s?(?:\(|[-–—|]|$|\n))|(?<=\b(?:full|part)[\s-]?time\s?(?:,|\/|or|and)\s?)internship\b`, 'terms/internship'),
  p('contractType', ['apprenticeship'], ['apprentice'], String.raw`\b(?:apprenticeships?|apprentices?)\s${OFFER}\b|\b(?:an?|this\sis\san?|new|paid|modern|advanced|higher|degree)\s(?:level\s\d\s)?apprenticeship\s(?:${OFFER}|with|at|in\s(?!electrical|mechanical|engineering))`, 'terms/apprenticeship'),
  p('contractType', ['apprenticeship'], ['apprentice'], String.raw`\b(?:Apprentice|APPRENTICE)\s(?:[A-Z][a-z]+|[A-Z]{3,})\b`, 'terms/apprentice-title', 'g'),
  // The trade before it, in the title: "Electrician Apprentice", "Plumbing Apprentice" (in the text, "an apprentice" may be
  // another's).
  p('contractType', ['apprenticeship'], ['apprentice'], String.raw`(?<=\b[A-Z][a-z]+\s)Apprentice\b`, 'terms/apprentice-title', 'g', 'title'),
  // A part of the title after a dash or a bar that is the kind alone: "Unity Developer - freelance, ~3 months, remote",
  // "Senior Data Engineer - Contract", "Barista | Seasonal".
  ...([['contract', 'contract'], ['freelance', 'freelance'], ['temporary', 'temp'], ['seasonal', 'seasonal'], ['internship', 'internship']] as const).map(([value, word]) =>
    p('contractType', [value], [word], String.raw`(?<=\S\s[-–—|·•]\s)${word}(?=\s?(?:[,|·•)–—-]|\n|$))`, `terms/${value}-title-part`, 'gi', 'title'),
  ),
  // Singular: "volunteer opportunities" are a perk of other jobs, "a volunteer role" is this one.
  p('contractType', ['volunteer'], ['volunt', 'unpaid'], String.raw`\b(?:volunteer(?:ing)?|voluntary|unpaid)\s(?:role|position|post|job|basis|opportunity|vacancy|assignment)\b`, 'terms/volunteer'),
  // A board's header line "$16 - $18 an hour - Seasonal, Part-time" and "Part-time, Seasonal", as casual's; a line that
// opens "Seasonal, part-time ..." or gives its dates, as a label's value or in brackets ("Seasonal: June 20 – August 15",
// "Seasonal (April - November). Overtime available."); a title's "Lifeguard (Seasonal)".
  // (And a season named as the job's: "Bar Attendant - Casual (Summer Season)", "Casual · Summer season (December –
  // February)", "a summer season role".)
  p('contractType', ['seasonal'], ['season'], String.raw`\bseasonal\s(?:${ROLE}|staff|workers?)\b|\bfor\sthe\s(?:summer|winter|christmas)\sseason\b|\b(?:summer|winter|ski|festive|christmas|holiday|harvest)\sseason\s(?:${ROLE}|staff)\b|\((?:summer|winter|ski|festive|christmas|holiday|harvest)\sseason\)|(?<=(?:^|\n|·\s))(?:summer|winter|ski|festive|harvest)\sseason(?=\s\(|\s?(?:\n|$))|${alone('seasonal')}|(?<=^|\n)seasonal(?=\s\([^()\n]{1,40}\)(?:\n|$|[.,;]\s))|(?<=^|\n)seasonal(?=,\s?(?:full|part)[\s-]?time\b)|(?<=^|\n)seasonal(?=\s?:[ \n]{0,2}(?!(?:no|n\/a)\b)\w)|\(seasonal\)|(?<=\s[-–]\s)seasonal(?=,\s?(?:full|part)[\s-]?time\b)|(?<=\b(?:full|part)[\s-]?time\s?(?:,|\/|or|and|&)\s?)seasonal\b`, 'terms/seasonal'),
  // A title that opens with it, as casual's ("Seasonal Retail Sales Associate"); not the flu's season or a product's, nor
  // the staff who hire the season's workers ("Seasonal Hiring Coordinator").
  p('contractType', ['seasonal'], ['season'], String.raw`\b(?:Seasonal|SEASONAL)(?=\s(?!(?:Flu|Influenza|Allerg(?:y|ies)|Affective|Decor|Products?|Hiring|Recruiting|Recruitment|Staffing|Workforce)\b)(?:[A-Z][a-z]+|[A-Z]{3,})\b)`, 'terms/seasonal-title', 'g', 'title'),
  p('contractType', ['freelance'], ['freelance', 'employed'], String.raw`\bfreelance\s(?:${ROLE}|consultants?|trainers?|contract|employees?)\b|\b(?:as\sa|on\sa)\sfreelancer?\b|\b(?:looking\sfor|seeking|hiring|need)\san?\s(?:experienced\s|skilled\s)?freelancer\b|\bfreelancer\s(?:wanted|needed)\b|\bself[\s-]?employed\b|\(freelance\)`, 'terms/freelance'),
  // A staffing firm's "3-month assignment": a contract of that length.
  // "Contract" as a header's detail: a line of its own under the title, a chip ("Contract · Remote"), a line's last
  // detail ("Full-time, Contract"), or its first before the length or the tax form ("Contract, 6 months, W2"); not a
  // row's label over its value ("Contract" over "Permanent" or "Full time"), nor a first line, a heading's place.
  p('contractType', ['contract'], ['contract'], String.raw`(?<=\n)contract(?!\n\s?${JOB_TYPE}\b)(?=\n|$)|${chip('contract')}|(?<=,\s?)contract(?=\s?(?:\n|$))|(?<=\n)contract(?=,\s?(?:(?:${N}|\d{1,2}\+?)[\s-]?(?:months?|mos?|weeks?)\b|W-?2\b|1099\b|C2C\b))`, 'terms/contract-detail', 'gi', 'header'),
  // A travel nurse's or therapist's "13-week travel assignment", "Travel Contract (13 weeks)".
  p('contractType', ['contract'], ['assignment', 'engagement', 'travel'], String.raw`\b${N}[\s-]?(?:months?|weeks?)\s(?:temporary\s|contract\s|travel\s)?(?:assignment|engagement)\b|(?<=(?:^|[-–|·•(,]\s?|\b(?:an?|this|our)\s))travel\scontract\b`, 'terms/assignment'),
  p('contractType', ['contract'], ['contract', 'ir35', 'interim'], String.raw`\bcontract\s${ROLE}\b|\b(?:on\san?|rolling|short[\s-]?term|long[\s-]?term|ongoing)\s(?:${N}\s?(?:months?|weeks?)\s)?contract\b(?!\s(?:handover|management|manager|negotiations?|review|law|terms))|\b${N}[\s-]?(?:months?|weeks?)\s(?:rolling\s|travel\s|initial\s|temporary\s|fixed\s)?contract\b|(?<=\b(?:on\san?|rolling|short[\s-]?term|long[\s-]?term|ongoing|${N}[\s-]?(?:months?|weeks?))\s${WAY_OF_WORK}\s)contract\b|\bcontract\s\(?(?:inside|outside)\sIR35\b|\bIR35\b|\binterim\s(?:${ROLE}|manager|management|basis)\b|\bcontractor\s${ROLE}\b|\(contract(?=\)|,\s)|\bcontract\s?\/\s?perm(?:anent)?\b|\bperm(?:anent)?\s?\/\s?contract\b|\bcontract\sor\spermanent\b|\bpermanent\sor\scontract\b`, 'terms/contract'),
  // Things, not terms: "temporary accommodation", "temporary works" (a construction discipline), "permanent way" (rail track).
  // "an experienced remote contract litigation attorney", "a contract Java developer": the hire is a contractor. Not a
  // contract manager or a contract law attorney, whose work is contracts.
  p('contractType', ['contract'], ['contract'], String.raw`(?<=\b(?:an?|as\san?)\s(?:(?!of\s|with\s|for\s)[a-z-]{1,20},?\s){0,3})contract\s(?:(?!(?:law|management|negotiation|review|compliance|administration|drafting)\s)[a-z+#.-]{1,20}\s)?(?:attorney|paralegal|developer|engineer|programmer|tester|accountant|bookkeeper|recruiter|nurse|designer|copywriter|writer|editor|translator|trainer|tutor|teacher|worker|employee)s?\b`, 'terms/contract-worker'),
  p('contractType', ['temporary'], ['temp'], String.raw`\btemporary\b(?!\s(?:${NOT_A_TERM}))|\btemp\b(?=\s?(?:${ROLE}|\/|\)|to\s|cover|workers?|staff|(?:and|or)\sperm))|\(temp\)`, 'terms/temporary'),
  // US employers' "Regular Full-Time", "Worker Type: Regular": an employee on the payroll for good, as against a
  // temporary or contract worker; the value of a "Regular/Temporary:" row.
  p('contractType', ['permanent'], ['regular'], String.raw`\bregular(?=[\s-](?:full|part)[\s-]?time\b)|(?<=\b(?:worker|employee|employment|job|position)\s(?:type|status|category)\s?:?[ \n]{1,2})regular\b(?=\s?(?:\n|$|,|\||·))|(?<=\btype\s?:[ \n]{1,2})regular\b|(?<=\bregular\s?\/\s?temp(?:orary)?\s?:[ \n]{1,2})regular\b`, 'terms/regular'),
  // A US staffing firm's "direct hire" is a permanent hire by the client, as against its contract roles.
  p('contractType', ['permanent'], ['direct'], String.raw`\bdirect[\s-]hire\b(?!\s(?:program|programs|authority|process))`, 'terms/direct-hire'),
  p('contractType', ['permanent'], ['perm'], String.raw`\bpermanent\b(?!\s(?:right|make[\s-]?up|exhibition|collection|record|recruitment|placements?|way|${NOT_A_TERM}))|\bperm\b(?=\s?(?:${ROLE}|\/|\))|$)|\(perm\)`, 'terms/permanent'),

  // Part of the time at home is hybrid: "3 days in the office", "hybrid 3 days a week onsite", "remote Fridays", "may work
  // from home Monday and Friday" (two days named, not a week's range: "fully remote, Monday to Friday"), "in the office
  // on Tuesdays", "in our Madison office 3 days a week", "occasional work from home", "Hybrid: in our studio ...", "Up to 50% work from
  // home", "work remotely when needed", "Remote work is available 1 day per week", "a mix of office working at our Bristol office and working from home", the German-English "2 days home
  // office per week", "Home office possible"; a board's chip "Hybrid in Charlotte,
  // NC"; "Hybrid: 3 days ..." with its value on the next line, as the normaliser sets a label's, or its days named ("Hybrid:
  // Tuesdays to Thursdays in the office"), or its office part ("Hybrid: on-site Monday–Wednesday"); a range of weekdays at the
  // office or at home ("remote Thursday–Friday", not a whole week's "Monday through Friday"), "with Fridays remote". (Not
  // "a mix of office work and home visits": the clients' homes; nor "Apply in person Monday-Thursday".) "Work from the Midtown
  // office at least two days per week".
  p('workplace', ['hybrid'], ['hybrid', 'remote', 'home', 'office', 'wfh', 'site', 'person'], opensWord(String.raw`\b(?:on[\s-]?site|in[\s-](?:office|person)|(?:in|from|at)\s(?:the|our)\s(?:[a-z][\w-]{1,20}\s)?office)\s(?:at\sleast\s|up\sto\s)?(?:${WEEKDAYS_PART})(?:\s?-\s?[1-4])?\sdays?\b|\bhybrid\s(?:working|work|role|model|basis|position|pattern|arrangement|approach|schedule|setup|set-up|policy|way)\b|\(hybrid(?=\s?[),;:–-])(?=[^()\n]{0,60}\))|\bhybrid\s?(?::[ \n]?|[\-–]\s?)(?=\d|[a-z-]+\s(?:days?|from|in|at)\b|(?:in|at|mostly|mainly|primarily|partly)\s|(?:mon|tues|wednes|thurs|fri)days?\b|(?:on[\s-]?site|in[\s-](?:office|person)|remote(?:ly)?|office)\b)|\bhybrid\s(?=(?:${WEEKDAYS_PART})\sdays?\b)|(?<=(?:^|\n|[,;:(|·•-])\s?)hybrid\s(?:in|at)\s(?!least\b)|\bhybrid\s?\((?=[^)\n]{0,60}\b(?:days?|office|home)\b)|\b(?:role|position|job|opportunity|post)\s(?:is|will\sbe)\s(?:a\s)?hybrid\b|\b(?:${WORK_LABEL}|location)\s?:[ \n]{0,2}hybrid\b|${workRow('hybrid')}|\b(?:some|partial|occasional)\s(?:remote|home)\s(?:work|working)\b|\boccasional\s(?:work(?:ing)?\s(?:from\shome|remotely)|WFH)\b|\bflexibility\s(?:for|to|of)\s(?:remote|home)\s(?:work|working)\b|\bflexibility\sto\swork\s(?:remotely|from\shome)\b|\b(?:work(?:ing)?\sfrom\shome|WFH)\soptions?\b|\bwork(?:ing)?\s(?:remotely|from\shome)\s(?:(?:when|as|if)\s(?:needed|required|necessary)|occasionally|on\soccasion)\b|\bremote\swork(?:ing)?\s(?:is\s)?(?:available|possible|allowed|permitted|offered)\s(?:for\s)?(?:up\sto\s)?(?:${WEEKDAYS_PART})\sdays?\b|\bwork(?:ing)?\s(?:remotely|from\shome)(?:\s(?:is|are)\s(?:possible|available|allowed|permitted))?(?:\s(?:for\s)?up\sto)?\s(?:${WEEKDAYS_PART})\sdays?\b|\b(?:${WEEKDAYS_PART})\sdays?\s(?:a\s|per\s)?(?:week\s)?(?:(?:work(?:ing)?\s)?(?:from|at)\shome|WFH|remote(?:ly)?)\b|\b(?:${WEEKDAYS_PART})\sdays?\s(?:a\s|per\s)?(?:week\s)?(?:in|at)\s(?:the|our)\s(?:[a-z][\w-]{1,20}\s)?office\b|\b(?:${WEEKDAYS_PART})\sdays?\s(?:a\s|per\s)?(?:week\s)?(?:on[\s-]?site|in[\s-](?:office|person))\b|\bwork(?:ing)?\sfrom\s(?:the\s)?office\s(?:${WEEKDAYS_PART})\sdays?\b|\bsplit\sbetween\s(?:home|the\soffice)\b|(?<!\bapply\s)\b(?:remote|WFH|work(?:ing)?\s(?:from\shome|remotely)|in\s(?:the|our)\s(?:[a-z][\w-]{1,20}\s)?office|in[\s-](?:office|person)|on[\s-]?site)\s(?:on\s)?(?:(?:mondays|tuesdays|wednesdays|thursdays|fridays)\b|(?:monday|tuesday|wednesday|thursday|friday)s?,?\s(?:and|or|&)\s(?:monday|tuesday|wednesday|thursday|friday)s?\b|(?!monday\s?(?:[-–]|to|through|thru)\s?friday)(?:monday|tuesday|wednesday|thursday|friday)\s?(?:[-–]|\s(?:to|through|thru)\s)\s?(?:monday|tuesday|wednesday|thursday|friday)\b)|\b(?:with\s)?(?:mondays|tuesdays|wednesdays|thursdays|fridays)\s(?:are\s)?(?:remote|WFH|(?:work(?:ing)?\s)?from\shome)\b|\bpartly\sremote\b|\bhybrid\sremote\b|\bhybrid${ONCE_SETTLED}|${alone(String.raw`hybrid`)}|${inRun('hybrid')}|${afterDash('hybrid')}|${beforePlace('hybrid')}|\b(?:mix|combination|blend)\sof\s(?:home|remote|office|on[\s-]?site)(?:[\s-](?:working|work|based))?\s(?:and|&)\s(?:the\s)?(?:home|remote|office|on[\s-]?site)\b(?!\s(?:visits?|calls?|care|health|inspections?|appointments?)\b)|\b(?:mix|combination|blend)\sof\s(?:office|on[\s-]?site)\sworking\s(?:at|in)\s[^.\n]{0,40}?\sand\s(?:working\s)?from\shome\b|\b[1-9]\d?\s?%\s(?:at\s)?home\b|\b(?:up\sto\s)?[1-9]\d?\s?%\s(?:of\sthe\stime\s)?(?:work(?:ing)?\s(?:from\shome|remotely)|remote(?:\swork(?:ing)?)?|WFH|home[\s-]?working)\b|\b(?:${WEEKDAYS_PART})\sdays?\s(?:of\s)?(?:a\s|per\s)?(?:week\s)?home[\s-]?office\b|\bhome[\s-]?office\s(?:possible|options?|days?|allowed|available)\b|\b(?:up\sto\s)?(?:${WEEKDAYS_PART})\sremote\s(?:work(?:ing)?\s)?days?\b|\b(?:in\san\s|in\sthe\s)?office\sand\/or\s(?:at[\s-]home|from\shome|remote(?:ly)?)\b`), 'terms/hybrid'),
  // US government's telework: "Telework eligible: Yes", "situational telework", "Telecommuting may be available",
  // "eligible for telework up to 50% of the time", "may telework up to two days per week" is some days at home; all of
  // them is remote.
  p('workplace', ['hybrid'], ['telework', 'telecommut'], String.raw`\b(?:situational|partial|ad[\s-]hoc|occasional|core)\s(?:telework|telecommuting)\b|\b(?:telework(?:ing)?|telecommut(?:e|ing))\s(?:(?:may|might|can)\sbe\s|is\s)?(?:eligible|eligibility|available|possible|options?|schedules?|agreements?|flexibilit(?:y|ies)|days?)\b|\beligible\sfor\s(?:(?:situational|partial|ad[\s-]hoc|occasional|core)\s)?(?:telework(?:ing)?|telecommuting)\b(?!\s(?:full[\s-]?time|100%))|\b(?:telework|telecommute)\s(?:up\sto\s)?(?:${WEEKDAYS_PART})\sdays?\b`, 'terms/telework'),
  p('workplace', ['remote'], ['telework'], String.raw`\b(?:fully|100%)\stelework\b|(?<=\bfull[\s-]?time\s)telework\b`, 'terms/telework-full'),
  // Both offered: "(Hybrid/Remote)", "remote/hybrid".
  p('workplace', ['hybrid', 'remote'], ['hybrid'], String.raw`\bremote\s?\/\s?hybrid\b|\bhybrid\s?\/\s?remote\b`, 'terms/hybrid-or-remote'),
  // A board's chips a copy runs together with spaces only: "Berlin Hybrid Full-time Professional", "Remote Full-time".
  // Capitalised, before a capitalised term: "remote contract work" is a sentence's, "Remote Contract Manager" a title.
  p('workplace', ['hybrid'], ['hybrid'], String.raw`\bHybrid(?=\s(?:(?:Full|Part)[\s-]?[Tt]ime|Permanent|Temporary)\b)`, 'terms/hybrid-chip', 'g'),
  p('workplace', ['remote'], ['remote'], String.raw`\bRemote(?=\s(?:Full|Part)[\s-]?[Tt]ime(?:\s|$))`, 'terms/remote-chip', 'g'),
  // "A work-from-home role", its words joined; "Chennai (Remote option)", "a remote option is available" (not a
  // device's). What a product does for its users ("all while enabling remote work") says nothing of this role, nor
  // "helps teams manage remote work", nor "remote job sites" (a label glued on, "remote position Location:", is no such
  // site), nor a "Remote Work Policy:" by its name.
  p('workplace', ['remote'], ['remote', 'virtual', 'home', 'wfh', 'telecommut', 'anywhere'], opensWord(String.raw`\b(?:fully|100%|completely)\s(?:remote|virtual)\b|(?<=\b(?:role|position|job|opportunity|post)\s(?:is|will\sbe|can\sbe)\s(?:not\s)?)remote\b|(?<!\b(?:enabl(?:es|ing)|facilitat(?:es|ing)|power(?:s|ing)|secur(?:es|ing)|simplif(?:ies|ying)|manag(?:e|es|ing)|hybrid)\s)\bremote(?:ly)?[\s-](?:working|work|role|position|first(?!\snations?\b)|friendly|based|job|basis|opportunity|team|worker|candidates|in|within|eligible|ok|okay|culture)\b(?![ -](?:sites?|locations?)\b(?! ?:))(?![ -](?:technology|technologies|tools|software|solutions?|platforms?|products?|apps?|polic(?:y|ies))\b)|\bvirtual\s(?:position|role|job|employee|opportunity|basis)\b|\b(?:fully\s)?remote${ONCE_SETTLED}|\bremote(?=\s(?:contract|assignment|engagement)\b)|\b(?:done|performed)\s(?:remotely|from\shome)\b|#(?:LI-)?remote\b|\blocation\s?(?::|-{1,2})[ \n]{0,2}(?:remote|virtual)\b|${workRow('remote|virtual')}|\bremote(?=,\s(?:[\w-]+,?\s){0,3}(?:role|position|job|opportunity)\b)|\bwork\sremote\b(?! (?:job )?(?:sites?|locations?|areas?)\b(?! ?:))|\b(?:from|out\sof)\s(?:an?\s|your\s|their\s)?(?:personal\s)?home\soffice\b|(?<!\b(?:${WEEKDAYS_PART})\sdays?\s(?:(?:a|per)\sweek\s)?)\bwork(?:ing)?\s(?:remotely|from\shome)\b(?!${HOME_BENEFIT})|\bwork-from-home\s(?:role|position|job|basis|opportunity)\b|\bWFH\b(?!${HOME_BENEFIT})|${HOME_NOT_A_NOUN}home[\s-]?based\b${NOT_HOME_SERVICE}|${HOME_NOT_A_NOUN}home\s?working\b|\btelecommut\w{0,6}|\(remote\)|\(remote\soption\)|\bremote\soption\s(?:is\s)?(?:available|possible|offered)\b|\bremote\sor\s(?:office|hybrid)\b|(?<=^|\n)remote(?=\n|$)|\b(?:work|working|live|based|located)\s(?:from\s)?anywhere(?:\sin\s(?:the\s)?(?:US|U\.S\.|UK|United\sStates|United\sKingdom|country|world|Europe|EU|Canada|Australia))?\b|(?<=^|\n|\blocation\s?:[ \n]{0,2})anywhere(?:\sin\s(?:the\s)?[A-Z][\w.]+)?\b`), 'terms/remote'),
  // "Location: Remote", "Data Analyst - Remote", "Senior iOS Engineer, remote (EU)", "Remote (US only)", "Remote, US", "Remote (US)", "... / Full-time / Remote", a town or remote ("- Lagos/Remote", "(Remote/London)"),
  // "$95K/yr · Remote · Full-time", "New York, NY or Remote (US)", "Grant Writer (Part-Time, Remote)": the word alone as a place of work.
  p('workplace', ['remote'], ['remote'], String.raw`(?:^|[|:;(\-–·•]\s?|\bor\s|\s\/\s)remote(?=\s?(?:$|[)|,;\-–·•]|\([^()\n]{1,40}\))|\s\/\s)|(?<=,\s?)remote(?=\s?(?:$|\)|\([^()\n]{1,40}\)))|\bbased\sremote$|^remote(?:\swork(?:ing)?)?(?=\s?:[ \n]{0,2}(?:yes|no)$)|(?<=[a-z]\/)remote(?=\s?(?:$|[)|,;\-–·•]|\([^()\n]{1,40}\)))|(?<=(?:^|[|:;(\-–·•]\s?))remote(?=\/(?!hybrid|on|in\b|in-|office)[a-z])`, 'terms/remote-place', 'gim'),
  // The word and the place it is open to, where a scraped line runs it into the title: "Engineer, Payments Remote (US)";
  // and a chip among chips a page sets apart by spaces alone: "Taguig, Metro Manila, Philippines Remote Full time".
  p('workplace', ['remote'], ['remote'], String.raw`\bRemote\s?\((?=[A-Z])[A-Z][\w.]*(?:[\s,/&-]{1,3}[A-Z][\w.]*){0,4}(?:\sonly)?\)|(?<=\s)Remote(?=\s(?:Full|Part)[\s-]?[Tt]ime\b)`, 'terms/remote-place', 'g'),
  // A title that opens with it: "Remote Insurance Specialist"; not the job's own remoteness ("Remote Area Nurse", "Remote
  // Sensing Analyst", "Remote Pilot", "Remote Patient Monitoring Nurse"); "Remote Work ..." is read by the pattern above.
  // (Nor a board's link to its list of such jobs: "Remote Finance Jobs" among a footer's popular searches; nor a row's
  // label with its value, "Remote No".)
  p('workplace', ['remote'], ['remote'], String.raw`^Remote\s(?!(?:Area|Areas|Sensing|Pilot|Patient|Monitoring|Site|Sites|Work|Working|Type|Status|No|Yes)\b)(?=[A-Z][a-z])(?![^\n]{0,60}\sJobs$)`, 'terms/remote-title', 'gm'),
  // "Work Location: In person" (a board's details row); not "a family office based in Chicago", which says where an office is., "in-office five days a week", "work onsite Monday through Friday",
  // "This role is on-site at our Tampa office", "a full-time, in-office schedule"; "the role is on-site 3 days" is hybrid.
  p('workplace', ['onsite'], ['site', 'office', 'person', 'store'], opensWord(String.raw`\b(?:fully\s)?(?:on[\s-]?site|in[\s-]person)\s(?:role|position|working|only|basis|job|schedule|assignment|opportunity)\b|(?<!\b(?:a|an|the|our|its|their)\s(?:[a-z-]+\s)?)\boffice[\s-]?based\b|\boffice[\s-]?based\b(?!\s(?:in|at|out|near|within)\b)|\bin[\s-]office\s(?:role|working|position|schedule)\b|(?<=\b(?:role|position|job)\s(?:is|will\sbe|works)\s(?:fully\s|100%\s)?)(?:on[\s-]?site|in[\s-]office|in[\s-]person|in[\s-]store)\b(?!\s(?:(?:at\sleast|up\sto)\s)?(?:${WEEKDAYS_PART})\sdays?\b)|\b(?:in[\s-]office|in\s(?:the|our)\soffice|on[\s-]?site)\s(?:(?:5|five)\sdays|full[\s-]time)\b|\b(?:5|five)\sdays?\s(?:a\s|per\s)?(?:week\s)?(?:in|at)\s(?:the|our)\s(?:[a-z][\w-]{1,20}\s)?office\b|\b(?:work(?:place)?\s)?location\s?:[ \n]{0,2}in[\s-]person\b|\bwork\s(?:fully\s)?on[\s-]?site\b|(?<=(?:^|\n|[,;:(|·•-])\s?|[.!?]\s)on[\s-]?site\s(?:in|at)\s(?!least\b)|\bbased\s(?:in|at)\sour\soffices?\b|\b(?:fully|100%)\son[\s-]?site\b|\(on[\s-]?site\)|${alone(String.raw`on[\s-]?site`)}|${inRun(String.raw`on[\s-]?site`)}|${afterDash(String.raw`on[\s-]?site`)}|${alone(String.raw`in[\s-]office`)}|${beforePlace(String.raw`on[\s-]?site`)}`), 'terms/onsite'),
  // "This is an on-site, classroom-based position", "an on-site field position", "Work is on-site at our branch shop",
  // "Work location is on-site at our Century City office", "deployed full-time on-site at a client facility", "All work
  // is performed in person at our pharmacy locations".
  p('workplace', ['onsite'], ['site', 'person'], String.raw`\bwork\s(?:is\s)?(?:performed|done|carried\sout)\s(?:fully\s|entirely\s|exclusively\s)?(?:in[\s-]person|on[\s-]?site)\b|\bon[\s-]?site(?:,?\s[a-z][\w-]*){1,2}\s(?:role|position|job)\b|(?<=\bwork(?:\slocation|place)?\s(?:is|will\sbe)\s(?:fully\s|100%\s)?)on[\s-]?site\b|\b(?:deployed|stationed|posted)\s(?:full[\s-]?time\s)?on[\s-]?site\b`, 'terms/onsite'),
  // A details row: "Work arrangement: Onsite", "Working model: In office", "Work mode: Work from office" (India's
  // phrase for on site); and "work from office" in a sentence, unless some days only (hybrid, read first).
  p('workplace', ['onsite'], ['site', 'office', 'person', 'wfo'], String.raw`\b(?:${WORK_LABEL})\s?:[ \n]{0,2}(?:on[\s-]?site|in[\s-](?:office|person)|office[\s-]based|work(?:ing)?\sfrom\s(?:the\s)?office)\b|${workRow(String.raw`on[\s-]?site|in[\s-](?:office|person)`)}|(?<=\b(?:${WORK_LABEL})\s?:[ \n]{0,2})WFO\b|\bWFO\s(?:(?:5|five)\sdays|only|all\sdays)\b|\bwork(?:ing)?\sfrom\s(?:the\s)?office\b(?!\s(?:${WEEKDAYS_PART})\sdays?|,?\s(?:or|and|home|remote|clients?)\b|\s?\/)`, 'terms/onsite-field'),
  ...OTHER_LANGUAGES,
];
