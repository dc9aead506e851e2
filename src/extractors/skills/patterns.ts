/** Open-vocabulary skill phrases read from the shape of requirement and duty sentences. */
import type { AnalysedDocument, Sentence, Token } from '../../contract';
import { blockAt } from '../requirements/scope';

const CAPITAL_START = /^\p{Lu}/u;

/**
 * Open-vocabulary skill phrases: what no dictionary lists, read from the
 * shape of requirement and duty sentences. Each rule finds a trigger and
 * reads the phrase it governs over POS tags:
 * - `ability to <verb phrase>`, `you will <verb phrase>`, `responsible for <verb-ing phrase>`,
 *   `experience <verb-ing phrase>`: one competence phrase up to the clause end;
 * - `knowledge of`, `understanding of`, `proficient in`, `experience in/with`, `skills in` ... `<noun phrases>`:
 *   each coordinated noun phrase on its own ("budgets, estimates and contract sums");
 * - a list item or sentence that starts with a verb ("Manage outbound calls to ...").
 * Every rule looks at a bounded number of tokens after its trigger: linear in the text.
 */
export interface PatternPhrase {
  start: number;
  end: number;
  /** `object`: the phrase is what a knowledge trigger governs; `action`: a verb phrase. */
  shape: 'object' | 'action';
  reason: string;
}

const MAX_VERB_PHRASE = 14;
const MAX_NOUN_PHRASE = 6;
const MAX_LIST = 24;

const CLAUSE_END = new Set([',', ';', '.', ':', '!', '?', '(', ')', '[', ']', '"', '|']);
const LIST_END = new Set([';', '.', ':', '!', '?', '(', ')', '[', ']', '"', '|']);
// Words that end the phrase: a new clause, or the requirement cue after it ("... would be an advantage").
const CLAUSE_WORDS = new Set([
  'which', 'who', 'whom', 'where', 'whilst', 'while', 'because', 'so', 'although', 'if', 'when', 'whereas', 'etc',
  'including', 'e.g', 'i.e', 'such', 'would', 'essential', 'desirable', 'preferred', 'advantageous', 'ideally',
  'preferably', 'required', 'necessary', 'mandatory', 'beneficial',
]);
const CONJUNCTS = new Set(['and', 'or', '&', '/', 'as']);
const LEADING_NOISE = new Set(['a', 'an', 'the', 'all', 'any', 'some', 'your', 'our', 'their', 'its', 'own', 'both', 'either', 'other', 'various', 'relevant', 'good', 'excellent', 'strong', 'sound', 'solid', 'proven', 'working', 'basic', 'general', 'thorough', 'detailed', 'extensive', 'previous', 'prior', 'demonstrable', 'demonstrated', 'great', 'high', 'level', 'of']);

// A Map, not an object literal: a token "constructor" must not find Object.prototype's (and a Map lookup needs no interned key).
const OBJECT_TRIGGERS = new Map<string, Set<string>>([
  ['knowledge', new Set(['of', 'in', 'with', 'on', 'about'])],
  ['understanding', new Set(['of'])],
  ['awareness', new Set(['of'])],
  ['familiarity', new Set(['with'])],
  ['familiar', new Set(['with'])],
  ['proficiency', new Set(['in', 'with'])],
  ['proficient', new Set(['in', 'with', 'at'])],
  ['expertise', new Set(['in', 'with'])],
  ['background', new Set(['in'])],
  ['grounding', new Set(['in'])],
  ['skilled', new Set(['in', 'at'])],
  ['competent', new Set(['in', 'with'])],
  ['skills', new Set(['in'])],
  ['experience', new Set(['in', 'of', 'with', 'using'])],
  ['experienced', new Set(['in', 'with'])],
  ['qualified', new Set(['in'])],
]);

// Every word the scan below starts a phrase at: any other token is passed over with one lookup.
const TRIGGERS = new Set(['ability', 'abilities', 'able', 'responsible', 'will', 'experience', 'experienced', ...OBJECT_TRIGGERS.keys()]);

// Verbs that start a sentence without naming a skill ("Apply now", "Join our team").
const NON_SKILL_VERBS = new Set([
  'apply', 'join', 'call', 'contact', 'email', 'send', 'visit', 'click', 'see', 'please', 'note', 'find', 'get', 'come',
  'be', 'have', 'do', 'make', 'let', 'look', 'want', 'need', 'like', 'love', 'enjoy', 'receive', 'earn', 'benefit',
  'are', 'is', 'was', 'were', 'will', 'can', 'could', 'would', 'should', 'may', 'might', 'must', 'start', 'interested',
  'based', 'located', 'established', 'founded', 'seeking', 'looking', 'recruiting', 'working', 'offering', 'register',
  'submit', 'forward', 'quote', 'mention', 'thank', 'thanks', 'hear', 'believe', 'think', 'know', 'wish', 'try',
]);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

// "work remotely", "work from our Denver office", "work at the Leeds site": where the work is done, not a skill ("work on
// our data platform", "work from the backlog" are duties).
const WHERE_AFTER_WORK = new Set(['remotely', 'onsite', 'on-site', 'in-office', 'hybrid']);
const PLACE_AFTER_WORK = new Set(['from', 'at', 'in']);
const PLACE_WORDS = new Set(['office', 'offices', 'home', 'site', 'hq', 'headquarters', 'location', 'premises', 'branch', 'store']);
const PLACE_REACH = 5;
// "Pay scale & grade", "Pay range": a details row's label, not a duty that opens with "pay".
const PAY_LABEL_NOUNS = new Set(['scale', 'grade', 'range', 'rate', 'band', 'period', 'frequency', 'type']);

/**
 * The verb at `v` opens no skill: "work from our office" (a workplace), "Pay scale & grade GS 12" (a label), "Hiring Class
 * A drivers" (an advert's call; "Hiring and training staff" is a duty).
 */
function notASkillVerb(tokens: Token[], v: number): boolean {
  const verb = tokens[v];
  const next = tokens[v + 1];
  if (NON_SKILL_VERBS.has(verb.normal) || NON_SKILL_VERBS.has(verb.lemma)) return true;
  if (next === undefined) return false;
  if (verb.lemma === 'work') return WHERE_AFTER_WORK.has(next.normal) || (PLACE_AFTER_WORK.has(next.normal) && tokens.slice(v + 2, v + 2 + PLACE_REACH).some((t) => PLACE_WORDS.has(t.normal)));
  if (verb.normal === 'pay') return PAY_LABEL_NOUNS.has(next.normal);
  return verb.normal === 'hiring' && CAPITAL_START.test(next.text);
}

// "+" or "#" after a letter: "C++", "C#".
const isSymbol = (t: Token | undefined): boolean => t !== undefined && (t.text === '+' || t.text === '#');
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.pos !== 'PUNCT' && t.pos !== 'SYM' && /[A-Za-z]/.test(t.text);
const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** The clause after `from`, up to punctuation, a clause word or `max` tokens: `[from, end)` token range. */
function clauseFrom(tokens: Token[], from: number, limit: number, max: number, stops: Set<string>): number {
  let end = from;
  while (end < limit && end - from < max) {
    const t = tokens[end];
    if (stops.has(t.text) || CLAUSE_WORDS.has(t.normal)) break;
    end++;
  }
  // Do not end on a conjunction, preposition or determiner left dangling by the cut.
  while (end > from && !/^(NOUN|PROPN|VERB|ADJ|NUM|ADV|X)$/.test(tokens[end - 1].pos)) end--;
  return end;
}

// Words too general to be a skill on their own ("knowledge of the industry", "experience in development").
const GENERIC = new Set([
  'industry', 'industries', 'sector', 'sectors', 'area', 'areas', 'field', 'fields', 'discipline', 'disciplines', 'role', 'roles',
  'environment', 'environments', 'development', 'following', 'solutions', 'market', 'marketplace', 'team', 'teams', 'company',
  'business', 'position', 'job', 'work', 'things', 'customers', 'clients', 'people', 'others', 'practices', 'control', 'controls',
  'operations', 'systems', 'processes', 'procedures', 'experience', 'knowledge', 'skills', 'training', 'design', 'support',
]);

function phrase(tokens: Token[], from: number, end: number, shape: PatternPhrase['shape'], reason: string): PatternPhrase | null {
  if (end <= from) return null;
  if (end - from === 1 && GENERIC.has(tokens[from].normal)) return null;
  return { start: tokens[from].start, end: tokens[end - 1].end, shape, reason };
}

/** Coordinated noun phrases after a knowledge trigger: "budgets, estimates, contract sums and financial controls". */
function objectPhrases(tokens: Token[], from: number, limit: number, reason: string, out: PatternPhrase[]): void {
  const end = clauseFrom(tokens, from, limit, MAX_LIST, LIST_END);
  let start = from;
  const flush = (stop: number) => {
    let s = start;
    // "A" of "A/B testing" is no article.
    while (s < stop && ((LEADING_NOISE.has(tokens[s].normal) && tokens[s + 1]?.text !== '/') || !isWord(tokens[s]))) s++;
    let e = stop;
    while (e > s && !/^(NOUN|PROPN|VERB|X|NUM)$/.test(tokens[e - 1].pos)) e--;
    if (e > s && e - s <= MAX_NOUN_PHRASE && tokens.slice(s, e).some((t) => /^(NOUN|PROPN|X)$/.test(t.pos) || /ing$/.test(t.normal))) {
      const p = phrase(tokens, s, e, 'object', reason);
      if (p) out.push(p);
    }
  };
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (t.text === ',' || CONJUNCTS.has(t.normal)) {
      // "as well as" counts as a conjunction; a plain "as" does not.
      if (t.normal === 'as' && !(tokens[i + 1]?.normal === 'well' && tokens[i + 2]?.normal === 'as')) continue;
      // A slash between letters is one term's ("A/B testing", "I/O"), not a list's ("C/C++" lists two languages).
      if (t.text === '/' && tokens[i - 1]?.text.length === 1 && tokens[i + 1]?.text.length === 1 && !isSymbol(tokens[i + 2])) continue;
      flush(i);
      if (t.normal === 'as') i += 2;
      start = i + 1;
    }
  }
  flush(end);
}


// The reader's own application: "create your digital CV", "track your job applications" (a board's apply box).
const APPLICATION_WORDS = new Set(['cv', 'cvs', 'resume', 'resumes', 'résumé', 'application', 'applications', 'account', 'profile']);

/** The verb phrase `[from, end)` is about the reader's application ("your ... CV"), not the job. */
function aboutTheApplication(tokens: Token[], from: number, end: number): boolean {
  let yours = false;
  for (let i = from; i < end; i++) {
    if (tokens[i].normal === 'your') yours = true;
    else if (yours && APPLICATION_WORDS.has(tokens[i].normal)) return true;
  }
  return false;
}

// A heading is a few words, each capitalised.
const MAX_HEADING_WORDS = 3;

/**
 * The phrase `[from, end)` is a field's label ("Pay range: $31 - $38") or a heading of its own ("Hiring
 * Insights", "Job Summary"), not a duty that opens with a verb.
 */
function labelOrHeading(text: string, tokens: Token[], from: number, end: number, limit: number): boolean {
  if (tokens[end]?.text === ':') return true;
  // The words of the phrase's line: a heading's are few and all capitalised.
  let words = 0;
  for (let i = from; i < limit && (i === from || !text.slice(tokens[i - 1].end, tokens[i].start).includes('\n')); i++) {
    if (!isWord(tokens[i])) continue;
    if (++words > MAX_HEADING_WORDS || !CAPITAL_START.test(tokens[i].text)) return false;
  }
  return true;
}

function inSentence(doc: AnalysedDocument, s: Sentence, out: PatternPhrase[]): void {
  const tokens = doc.tokens;
  const limit = s.endToken;
  // A sentence never runs over a block's end: in a heading ("Pay transparency", "What you'll bring") it names a
  // section and asks for nothing.
  const heading = blockAt(doc, s.start)?.kind === 'heading';
  // A sentence or list item that opens with a verb is a duty or an ability.
  let first = s.firstToken;
  while (first < limit && !isWord(tokens[first])) first++;
  const lead = tokens[first];
  // Base form ("Manage", "Deliver") or gerund ("Ensuring"); "Proven ability ..." opens with a participle, not a duty.
  const dutyForm = lead !== undefined && (lead.lemma === lead.normal || /ing$/.test(lead.normal));
  // "Reporting into the Engineering Manager" says where the role sits, not what it does.
  const reportingLine = lead?.lemma === 'report' && /^(?:to|into)$/.test(tokens[first + 1]?.normal ?? '');
  if (lead && dutyForm && !reportingLine && isVerb(lead) && !notASkillVerb(tokens, first) && tokens[first + 1]?.normal !== 'you') {
    const end = clauseFrom(tokens, first, limit, MAX_VERB_PHRASE, CLAUSE_END);
    const p = heading || aboutTheApplication(tokens, first, end) || labelOrHeading(doc.text, tokens, first, end, limit) ? null : phrase(tokens, first, end, 'action', 'skills/pattern-leading-verb');
    if (p && p.end - p.start > lead.text.length) out.push(p);
  }
  for (let i = s.firstToken; i < limit; i++) {
    const t = tokens[i];
    if (!TRIGGERS.has(t.normal)) continue;
    const next = tokens[i + 1];
    if ((t.normal === 'ability' || t.normal === 'abilities' || t.normal === 'able') && next?.normal === 'to' && isVerb(tokens[i + 2])) {
      // "ability to be self motivated": the skill is the quality, not the copula.
      const v = tokens[i + 2].lemma === 'be' && isWord(tokens[i + 3]) ? i + 3 : i + 2;
      const p = phrase(tokens, v, clauseFrom(tokens, v, limit, MAX_VERB_PHRASE, CLAUSE_END), 'action', 'skills/pattern-ability-to');
      if (p) out.push(p);
      continue;
    }
    // "Contoso is not responsible for the employer's application process": a disclaimer, not a duty.
    if (t.normal === 'responsible' && next?.normal === 'for' && !NEGATIONS.has(tokens[i - 1]?.normal ?? '')) {
      const p = phrase(tokens, i + 2, clauseFrom(tokens, i + 2, limit, MAX_VERB_PHRASE, CLAUSE_END), 'action', 'skills/pattern-responsible-for');
      if (p) out.push(p);
      continue;
    }
    if (t.normal === 'will' && tokens[i - 1]?.normal === 'you' && !heading) {
      let v = i + 1;
      if (tokens[v]?.normal === 'be' && /ing$/.test(tokens[v + 1]?.normal ?? '')) v++;
      const verb = tokens[v];
      if (verb && isVerb(verb) && !notASkillVerb(tokens, v)) {
        const p = phrase(tokens, v, clauseFrom(tokens, v, limit, MAX_VERB_PHRASE, CLAUSE_END), 'action', 'skills/pattern-you-will');
        if (p) out.push(p);
      }
      continue;
    }
    if ((t.normal === 'experience' || t.normal === 'experienced') && next && /ing$/.test(next.normal) && isVerb(next)) {
      const p = phrase(tokens, i + 1, clauseFrom(tokens, i + 1, limit, MAX_VERB_PHRASE, CLAUSE_END), 'action', 'skills/pattern-experience-doing');
      if (p) out.push(p);
      continue;
    }
    const preps = OBJECT_TRIGGERS.get(t.normal);
    if (preps && next && preps.has(next.normal)) {
      const after = tokens[i + 2];
      if (after && /ing$/.test(after.normal) && isVerb(after)) {
        const p = phrase(tokens, i + 2, clauseFrom(tokens, i + 2, limit, MAX_VERB_PHRASE, CLAUSE_END), 'action', `skills/pattern-${t.normal}-${next.normal}`);
        if (p) out.push(p);
      } else {
        objectPhrases(tokens, i + 2, limit, `skills/pattern-${t.normal}-${next.normal}`, out);
      }
    }
  }
}

/** Phrases in every sentence for which `skip(offset)` is false. */
export function findPatternPhrases(doc: AnalysedDocument, skip: (at: number) => boolean = () => false): PatternPhrase[] {
  const out: PatternPhrase[] = [];
  const header = [doc.header.company, doc.header.webindex, doc.header.title].filter((s) => s !== undefined);
  for (const s of doc.sentences) {
    if (header.some((h) => s.start >= h.start && s.end <= h.end) || skip(s.start)) continue;
    inSentence(doc, s, out);
  }
  // Two triggers may read the same words: keep the first, longest reading.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PatternPhrase[] = [];
  for (const p of out) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) continue;
    kept.push(p);
  }
  return kept;
}
