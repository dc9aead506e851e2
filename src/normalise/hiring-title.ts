/**
 * A short post with no title line names its job in a sentence: "We're hiring a part-time bookkeeper (20 hrs/week)
 * in Austin", "Hiring: Barista in Leeds, £11.44/hr", "Looking for a freelance React Native developer for a
 * 3-month contract". The job is the words after the hiring verb, up to a preposition or a stop, without the
 * terms and praise words before it ("part-time", "experienced"), when they end as one job's title does.
 */
import { PLURAL_END, ROLE_NOUN_END, singularOfRole } from './role-words';
import { alternationOf } from '../util/escape-regexp';
import pageWords from '../data/words/page-words.json';
import { lazy } from '../util/lazy';

/** How far into the text the sentence is looked for: a post's opening, not a description's later lines. */
const HEAD = 400;
const MAX_WORDS = 6;
// (A recruiter's words too: "to hire a", "an opening for a", "a vacancy for a", "I'm working on a Senior Data Engineer role", "regarding a
// Supply Chain Manager opening", "helping Contoso hire a Business Analyst", "I'd love to tell you about a DevOps Engineer role",
// "wanted to reach out about a Plant Manager opportunity", "a great match for a Senior Auditor search I'm running", "They
// are searching for a Controller to be based at ...".)
// (And a forum post's tag, "[Hiring] Senior React Developer | $60/hr", "[Hiring][Remote] Illustrator for ..."; a post's
// banner with a dash, "🚚 NOW HIRING – Seasonal Delivery Driver 🚚".)
const HIRING = /(?:\[(?:hiring|contratando)\](?: ?\[[a-z ]{1,20}\])?|\b(?:we(?:['’]re| are) )?(?:hiring|looking for|searching for|seeking|recruiting|to hire|hire|(?:opening|vacancy) for|working on|regarding|tell you about|reach(?:ing)? out (?:about|regarding)|(?:match|fit) for)(?: for)?(?::|!{1,3}| ?[-–—])?)\s(?:an? |our next |(?:an? )?new )?/gi;
// Where the job's words end: a preposition or a clause's word, or a stop.
// (And the noun after a job's words: "a Senior Data Engineer role with", "a Supply Chain Manager opening at", "a Senior
// Auditor search", "a Finance Manager hire".)
// (Other languages' too: "para", "pour", "en", "à".)
const STOP_WORDS = new Set(['to', 'in', 'at', 'for', 'with', 'who', 'that', 'based', 'on', 'from', 'and', 'or', 'near', 'across', 'starting', 'asap', 'this', 'today', 'now', 'immediately', 'needed', 'wanted', 'role', 'opening', 'position', 'vacancy', 'opportunity', 'search', 'hire', 'requirement', 'mandate',
  'para', 'pour', 'en', 'em', 'à', 'con', 'com', 'avec', 'que', 'y', 'et', 'no', 'na', 'dans', 'sur']);
// Words of the terms and of praise before the job: not its title.
const LEAD_WORDS = new Set([
  'part-time', 'full-time', 'fixed-term', 'freelance', 'contract', 'temporary', 'temp', 'permanent', 'remote', 'hybrid', 'experienced', 'talented', 'motivated',
  'skilled', 'highly', 'strong', 'passionate', 'enthusiastic', 'dedicated', 'reliable', 'friendly', 'qualified', 'great', 'fantastic', 'new', 'additional',
  'established', 'their', 'our', 'your', 'next',
]);
// (With a gender's ending in brackets: "Desenvolvedor(a)", "Développeur(se)", "Chef(fe)".)
const WORD = /[^\s,.;:!?()[\]"]+(?:\((?:a|as|e|es|se|fe|ne|o|os)\))?/iy;
const JOB_WORD = /[\p{L}\d&]/u;
const CHAT_MARK: ReadonlySet<string> = new Set(['*', '_']);
const TIME_NEXT = /^ time\b/i;
const COUNT = /^\d{1,3}$/;
// A contract's length before the job: "a 6-month contract Business Analyst".
const DURATION = /^\d{1,2}-(?:month|week|year)$/;

// The hiring sentence in other languages (page-words.json): "En Contoso buscamos un/a Desarrollador/a", "Northwind
// cherche un(e) Analyste d'affaires", "A Contoso está procurando um(a) Desenvolvedor(a)". Its job opens with a capital.
const SENTENCES = Object.values(pageWords.hiringSentences);
export const HIRING_VERBS_ELSEWHERE = alternationOf(SENTENCES.flatMap((l) => l.verbs));
const ELSEWHERE = new RegExp(String.raw`(?<![\p{L}])(?:${HIRING_VERBS_ELSEWHERE}) (?:(?:${alternationOf(SENTENCES.flatMap((l) => l.articles))}) )?`, 'giu');
const CAPITAL = /^\p{Lu}/u;

// Where a line's hiring words name the job, not a title's own words ("Recruiting Coordinator", "Hiring Manager"): after
// a subject's verb ("Contoso is hiring", "We're #hiring", "I'm recruiting"), or before a colon or an article ("Hiring: ",
// "Looking for a "), or a post's tag ("[Hiring]", "#Hiring"). Read on the line up to the hiring words' end.
const ANNOUNCED = /^\[|^#(?:hiring|recruiting)\s$|\b(?:is|are|am|we['’]re|i['’]m|now|currently|urgently|actively)\s#?(?:hiring|recruiting|looking|seeking)\b|^(?:hiring|recruiting|looking for|seeking)(?::\s|!{1,3}\s|\s(?:an?|our next|new)\s)$/i;

const SUBJECT = /^[\p{L}\p{Extended_Pictographic}\uFE0F&'’.@#*! -]{0,40}$/u;
// A chat's emoji as its shortcode: ":wave: Hiring post! Northwind Analytics is looking for ...".
const SHORTCODE = /:[a-z0-9_+-]{2,30}:/g;
const isSubject = (words: string): boolean => SUBJECT.test(words.replace(SHORTCODE, ''));
/** The emoji (and spaces) a post's line may open with. */
export const EMOJI_LEAD = /^[\p{Extended_Pictographic}\uFE0F\s]+/u;

// A post's announcement over its job, naming none: "We're hiring!", "🚀 Now hiring 🚀", "Join our team!". Bounded: linear.
// (And "Our team is hiring!", "My store is now hiring", "I'm hiring! 🎉".)
const BANNER = /^(?:(?:we(?:['’]re|\sare)|we['’]?re|i(?:['’]m|\sam)|now|urgently|currently|(?:our|my)\s[a-z]{2,20}(?:\s[a-z]{2,20})?\s(?:is|are)(?:\snow)?)\s#?(?:hiring|recruiting)|hiring|join\s(?:our|the)\s(?:team|crew))\b[^\n]{0,20}$/i;

/**
 * Whether a line is a post's announcement that names no employer and no job ("We're hiring!", "Join our team!"); not
 * one whose words after it name the job, "We're hiring! Line Cook", "HIRING!! Line Cook".
 */
export const isHiringBanner = (line: string): boolean => {
  const own = line.replace(EMOJI_LEAD, '');
  return BANNER.test(own) && !announcesJob(own);
};

/**
 * Whether a first line announces its job in a sentence ("We are hiring a Finance Business Partner 💼", "Fabrikam is
 * hiring a Developer Advocate (remote, US/Canada)", "[Hiring] Senior React Developer | $60/hr | Remote"): no title
 * line, the hiring sentence names the job.
 */
export function announcesJob(line: string): boolean {
  ELSEWHERE.lastIndex = 0;
  const e = ELSEWHERE.exec(line);
  if (e && isSubject(line.slice(0, e.index)) && jobAfter(line, e.index + e[0].length, true)) return true;
  // (Each of its hiring words in turn: a banner's "Hiring post!" may open the line before the sentence that hires.)
  HIRING.lastIndex = 0;
  for (let m = HIRING.exec(line); m; m = HIRING.exec(line)) {
    // (Its subject is a few words at most, no clause of a line run on from a page: "Senior Engineer, Payments Remote
    // (US) $165,000 ... Contoso is hiring".)
    if (!isSubject(line.slice(0, m.index))) return false;
    const upTo = line.slice(0, m.index + m[0].length).replace(EMOJI_LEAD, '');
    // (The verb alone opening the line is a title's word: "Recruiting Coordinator".)
    if (ANNOUNCED.test(upTo) && jobAfter(line, m.index + m[0].length) !== null) return true;
  }
  return false;
}

/** The job's title in the text's opening hiring sentence, as a span of `text`, or null. */
export function titleFromHiringSentence(text: string): { start: number; end: number } | null {
  const head = text.slice(0, HEAD);
  // (The first that names a job: "Is anyone looking for a new role? We have a vacancy for a Payroll Administrator".)
  HIRING.lastIndex = 0;
  for (let m = HIRING.exec(head); m; m = HIRING.exec(head)) {
    const job = jobAfter(head, m.index + m[0].length);
    if (job) return job;
  }
  ELSEWHERE.lastIndex = 0;
  for (let m = ELSEWHERE.exec(head); m; m = ELSEWHERE.exec(head)) {
    const job = jobAfter(head, m.index + m[0].length, true);
    if (job) return job;
  }
  return null;
}

/**
 * The job's words from `at` in `head`, when they end as one job's title does (`elsewhere`: in another language, when
 * they open with a capital); else null.
 */
function jobAfter(head: string, at: number, elsewhere = false): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  let timeNext = false;
  for (let words = 0; words < MAX_WORDS; words++) {
    WORD.lastIndex = at;
    const w = WORD.exec(head);
    if (!w) break;
    const lower = w[0].toLowerCase();
    // (A word without a letter ends it too: a post's separator or emoji, "Barista – Part-time", "Receptionist 📍 Manama".)
    if (STOP_WORDS.has(lower) || !JOB_WORD.test(lower)) break;
    // A count before the job ("looking for 2 experienced NAIL TECHNICIANS") names jobs.
    if (start === -1 && COUNT.test(lower)) return null;
    // (The terms in two words too: "a full time Associate", not "Full Stack Developer".)
    const termsPair = (lower === 'full' || lower === 'part') && TIME_NEXT.test(head.slice(w.index + w[0].length));
    if (start === -1 && (LEAD_WORDS.has(lower) || DURATION.test(lower) || termsPair || (timeNext && lower === 'time'))) {
      words--;
      timeNext = termsPair;
    } else {
      if (start === -1) start = w.index;
      end = w.index + w[0].length;
    }
    at = w.index + w[0].length;
    if (head[at] !== ' ') break;
    at++;
  }
  if (start === -1) return null;
  // (Without a chat's bold marks round it: "looking for a *QA Automation Engineer* (full-time)", as Slack writes it.)
  while (start < end && CHAT_MARK.has(head[start])) start++;
  while (end > start && CHAT_MARK.has(head[end - 1])) end--;
  const job = head.slice(start, end);
  // A plural ("We are hiring nurses") names jobs, not the one a title names.
  if (start === end) return null;
  // (In other languages the job's noun comes first: "Analyste d'affaires", "Agents de sécurité".)
  if (elsewhere) return CAPITAL.test(job) && !PLURAL_END.test(job.split(' ')[0].toLowerCase()) ? { start, end } : null;
  if (PLURAL_END.test(job)) return oneOf(job) !== job ? { start, end } : null;
  // (Or its noun heads it: "Head of Growth", "Director of Sales".)
  if (!(ROLE_NOUN_END.test(job) || ROLE_NOUN_END.test(job.split(HEAD_BEFORE)[0]))) return null;
  return { start, end };
}

// What a job's noun may head: "Head of Growth", and a title English took from French, "Chef de Partie".
const HEAD_BEFORE = / (?:of|de) /;

// Each word of a plural job's title opens with a capital ("Store Assistants", "Flight Attendants"): a title's form, not
// the common noun of "We are hiring nurses".
const TITLED = lazy(() => /^\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*)*$/u);

/**
 * The one job a titled plural names ("Tailspin Toys is hiring Store Assistants": "Store Assistant"), when the word
 * without its "s" still ends as a job's title does ("Coaches" and "Nannies" do not lose theirs); else `job` as it is.
 */
export function oneOf(job: string): string {
  return (TITLED().test(job) && singularOfRole(job)) || job;
}

// A classified's title line: the job, then the word that wants it ("Experienced Line Cook Wanted - Fabrikam Grill",
// "Cleaner required – Glasgow West End", "Nanny wanted in Sydney's Inner West"). Bounded: linear.
// (Not before a clause of its own: "Practice Nurse Required for Locum Work" keeps its terms in its title.)
const WANTED = /^(\S[^\n]{1,60}?) (?:wanted|required|needed)(?: asap)?(?=$| [-–—(]| in | at |[!.,])/i;

/** The job a classified's title line wants, without praise before it, as a span of `line`, and where its wanting word ends; or null. */
export function wantedJob(line: string): { start: number; end: number; after: number } | null {
  const m = WANTED.exec(line);
  if (!m) return null;
  const job = jobAfter(`${m[1]} `, 0);
  return job && job.end === m[1].length ? { ...job, after: m[0].length } : null;
}
