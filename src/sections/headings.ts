/** Known section headings and what each announces. */
import type { SectionKind } from '../types/document';
import otherLanguages from '../data/words/section-headings.json';

/**
 * Section headings of job postings, by what the section holds. `required`
 * marks headings that say whether what follows is essential or desirable.
 */
interface HeadingInfo {
  kind: SectionKind;
  required?: boolean;
}

const LEXICON: Record<SectionKind, string[]> = {
  responsibilities: [
    'responsibilities', 'key responsibilities', 'main responsibilities', 'duties', 'main duties', 'key duties',
    'duties and responsibilities', 'roles and responsibilities', 'role and responsibilities', 'the role', 'role',
    'job role', 'your role', 'about the role', 'about the job', 'about this job', 'the job', 'job description', 'description', 'key accountabilities',
    'accountabilities', 'what you will do', "what you'll do", 'what you ll do', 'day to day', 'daytoday',
    'job functions', 'job functions and responsibilities', 'key results areas', 'key result areas',
    'purpose of the role', 'role purpose', 'job purpose', 'overview of the role', 'the position', 'position summary',
    'job summary', 'summary', 'overview', 'role overview', 'the opportunity', 'key tasks', 'tasks', 'essential duties',
    'essential functions', 'essential duties and responsibilities',
    "what you'll be doing", 'what you will be doing', 'what you ll be doing', 'your responsibilities', 'your impact',
    "what you'll work on", 'what you will work on', 'in this role you will', 'your day to day', 'your tasks', 'your mission',
  ],
  requirements: [
    'requirements', 'role requirements', 'job requirements', 'key requirements', 'candidate requirements',
    'person specification', 'person spec', 'the person', 'the candidate', 'the ideal candidate', 'ideal candidate',
    'about you', 'who you are', "what we're looking for", 'what we are looking for', 'what you need',
    'what you will need', "what you'll need", 'you will need', 'you will have', 'you must have', 'skills',
    'key skills', 'skills and experience', 'experience', 'experience required', 'skills required', 'qualifications',
    'qualifications and experience', 'education', 'education and experience', 'education training and or experience',
    'education training experience', 'knowledge skills and abilities', 'knowledge skills abilities',
    'knowledge skills abilities and personal characteristics', 'competencies', 'key competencies', 'attributes',
    'minimum requirements', 'minimum qualifications', 'basic qualifications', 'required qualifications',
    'required skills', 'essential', 'essential skills', 'essential criteria', 'essential requirements',
    'essential experience', 'essential qualifications', 'desirable', 'desirable skills', 'desirable criteria',
    'desirable requirements', 'desirable experience', 'preferred qualifications', 'preferred skills',
    'nice to have', 'bonus points', 'it would be great if you have', 'personal attributes', 'profile',
    "what you'll bring", 'what you will bring', 'what you ll bring', 'what you bring', 'your profile', 'your skills',
    'your experience', 'your background', "what we'd love to see", 'what we would love to see', 'you might be a fit if',
    "who we're looking for", 'who we are looking for', 'must haves', 'nice to haves',
  ],
  benefits: [
    'benefits', 'what we offer', 'what we can offer', 'we offer', 'package', 'the package', 'salary and benefits',
    'salary benefits', 'rewards', 'reward', 'perks', 'perks and benefits', 'benefits package', 'why join us',
    'in return', 'what s in it for you', "what's in it for you", 'remuneration', 'compensation',
    'compensation and benefits', 'salary', 'pay and benefits', 'pay', 'pay and perks',
    'what we offer you', 'benefits and perks', "why you'll love working here", 'why work with us', 'our benefits', 'total rewards',
    "what's on offer", 'what s on offer', 'what is on offer', 'what we can offer you', "what you'll get", 'what you will get',
  ],
  company: [
    'about us', 'about the company', 'about the employer', 'the company', 'our client', 'the client', 'who we are', 'company overview',
    'company profile', 'about the client', 'company', 'about the business', 'the business', 'our company',
    'background', 'the organisation', 'about the organisation', 'about the organization',
  ],
  how_to_apply: [
    'how to apply', 'to apply', 'application process', 'apply now', 'next steps', 'interested', 'applications',
    'how do i apply', 'please apply', 'please apply now', 'interview process', 'our interview process', 'hiring process',
    'our hiring process', 'recruitment process', 'our recruitment process', 'selection process',
  ],
  other: [
    'additional information', 'other information', 'further information', 'note', 'notes', 'location', 'hours', 'working hours',
    'job details', 'position details', 'job information', 'position information', 'key information', 'job overview',
  ],
};

// A "Requirements" or "What you'll need" heading lists what is required; "Skills" or "About you" says nothing either way.
const REQUIRED_TRUE = [
  'essential', 'minimum', 'required', 'must have', 'you must have', 'basic qualifications', 'requirements', 'role requirements',
  'job requirements', 'key requirements', 'candidate requirements', 'what you need', 'what you will need', "what you'll need", 'you will need',
];
const REQUIRED_FALSE = ['desirable', 'preferred', 'nice to have', 'bonus points', 'it would be great', 'advantageous'];

const TABLE = new Map<string, HeadingInfo>();
for (const [kind, phrases] of Object.entries(LEXICON) as [SectionKind, string[]][]) {
  for (const phrase of phrases) {
    const info: HeadingInfo = { kind };
    if (REQUIRED_TRUE.some((w) => phrase.startsWith(w))) info.required = true;
    else if (REQUIRED_FALSE.some((w) => phrase.startsWith(w))) info.required = false;
    TABLE.set(phrase, info);
  }
}

// Other languages' headings (section-headings.json): what each announces; whether it is required is said in English only.
for (const [kind, byLanguage] of Object.entries(otherLanguages.kinds) as [SectionKind, Record<string, string[]>][]) {
  for (const phrases of Object.values(byLanguage)) for (const phrase of phrases) if (!TABLE.has(phrase)) TABLE.set(phrase, { kind });
}

const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, accents and `&`/`and`/`/` folded away, punctuation dropped, single spaces. */
export function headingKey(text: string): string {
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(MARKS, ''))
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\b(?:and|or)\b/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

const LEXICON_KEYS = new Map<string, HeadingInfo>();
for (const [phrase, info] of TABLE) LEXICON_KEYS.set(headingKey(phrase), info);

/** Whether a heading key is exactly a known heading phrase. */
export function isKnownHeading(key: string): boolean {
  return LEXICON_KEYS.has(key);
}

const MAX_SUFFIX_WORDS = 5;

/**
 * What a heading announces, or null when the text is not a known heading. A
 * known phrase at the end also counts ("Patient Services Representative Job
 * Functions and Responsibilities"). `label`: the text stood before a colon.
 */
export function lookupHeading(text: string, label = false): HeadingInfo | null {
  // The same short lines come back in posting after posting ("Requirements:", "Job Description"): each is read once.
  if (text.length > MAX_REMEMBERED) return readHeading(text, label);
  const seen = label ? seenLabels : seenLines;
  let info = seen.get(text);
  if (info === undefined) {
    if (seen.size >= MAX_SEEN) seen.clear();
    info = readHeading(text, label);
    seen.set(text, info);
  }
  return info;
}

const MAX_REMEMBERED = 80;
const MAX_SEEN = 10_000;
const seenLines = new Map<string, HeadingInfo | null>();
const seenLabels = new Map<string, HeadingInfo | null>();

const FORM_QUESTION = /^\s*(?:(?:how|where|when) did you|(?:are|have|do|did|were|would|can|could) you)\b.*\?[\s*]*$/i;

function readHeading(text: string, label: boolean): HeadingInfo | null {
  const key = headingKey(text);
  const exact = LEXICON_KEYS.get(key);
  if (exact) return exact;
  // A form's question that ends in a heading's words is none: "How did you hear about the role?", "Where did you hear
  // about us?" (a heading may ask one: "So, what's in it for you?").
  if (FORM_QUESTION.test(text)) return null;
  const words = key.split(' ');
  // A one-word suffix is enough only for a label before a colon ("Role requirements Experience:").
  const shortest = label ? 1 : 2;
  for (let n = Math.min(MAX_SUFFIX_WORDS, words.length - 1); n >= shortest; n--) {
    const hit = LEXICON_KEYS.get(words.slice(words.length - n).join(' '));
    if (hit) return hit;
  }
  return null;
}

const MAX_HEADING_LENGTH = 70;

/**
 * Whether a whole block reads as a heading: a known heading phrase, or a short
 * line that ends with a colon, or a short line in capitals.
 */
export function isHeadingText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_HEADING_LENGTH) return false;
  if (lookupHeading(t)) return true;
  const words = t.split(/\s+/).length;
  if (words > 8) return false;
  if (t.endsWith(':')) return true;
  const letters = t.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && !/[.!?]$/.test(t);
}
