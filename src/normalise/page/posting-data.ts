/**
 * The posting a page carries in its data rather than its markup. A page fetched without running its scripts
 * (a scraper's `fetch(url)`, a single-page app saved before it drew) can show nothing but an empty root element,
 * while its JSON-LD or its app's state script (`__NEXT_DATA__`, `window.__appData = {...}`) holds the posting
 * whole. Found here: the object that holds a job's title and its text, and the parts named beside it, each with
 * its place in the page. A page whose markup already shows that text is left to its markup.
 */
import keys from '../../data/words/page-data-keys.json';
import type { ElementBody } from '../script-bodies';
import { lookupHeading } from '../../sections/headings';
import { detectKind } from '../detect';
import { decodeLiteral, literalEnd, scanJson, type DecodedString, type JsonString, type ScannedJson } from './json-scan';

export type PostingDataSource = 'json-ld' | 'app-state' | 'json-text';

/** The parts of a posting found in a page's data, decoded, each character mapped to its place in the page. */
export interface PostingData {
  source: PostingDataSource;
  title: DecodedString;
  company: DecodedString | null;
  location: DecodedString | null;
  salary: DecodedString | null;
  /** Short values such as "Full-time" or "Hybrid", read as lines of the posting. */
  terms: DecodedString[];
  /** The posting's text, HTML or plain, in the data's order. */
  texts: DecodedString[];
  /** The job's object as the data gives it (JSON text), for what it states as numbers. */
  jobJson: string;
}

/** A data key as the key lists give it: case aside, without '_' and '-'. */
export const foldKey = (key: string): string => key.toLowerCase().replace(/[-_]/g, '');
const fold = foldKey;
const set = (words: string[]): ReadonlySet<string> => new Set(words);
const TITLE = set(keys.title);
const JOB_OBJECTS = set(keys.jobObjects);
const COMPANY = set(keys.company);
const LOCATION = set(keys.location);
/** Keys ending so are places too: jobPostLocation, officeLocation, primaryLocationName. */
const LOCATION_ENDINGS = ['location', 'locationname', 'locationtext', 'locations'];
const NAMES = set(keys.names);
const SALARY = set(keys.salary);
const TERMS = set(keys.terms);

/**
 * A page's data holds a posting's text as prose: this long at least with a space every so many characters, or
 * markup this long (an ATS may keep each list of the posting apart: `lists: [{content: "<li>..."}]`). A JSON
 * posting given as the input is all posting: a shorter text is its text too.
 */
interface ProseLengths {
  text: number;
  markup: number;
}
const PAGE_PROSE: ProseLengths = { text: 200, markup: 60 };
const JSON_PROSE: ProseLengths = { text: 20, markup: 10 };
const CHARS_PER_SPACE = 15;
const MAX_TITLE = 150;
const MAX_FIELD = 120;
const MAX_TERM = 40;
/** Share of the data text's words the page's own text must show for the posting to count as drawn already. */
const SHOWN_SHARE = 0.5;

/** One scanned piece of data: the text it was scanned in (the page, or a string decoded out of it). */
interface Scanned extends ScannedJson {
  source: PostingDataSource;
  prose: ProseLengths;
  text: string;
  /** Positions of `text` in the page, when it was decoded out of a string literal there. */
  at?: Int32Array;
}

/** Every piece of data the page's scripts hold: JSON-LD, JSON scripts, and state a script assigns. */
function scanScripts(html: string, bodies: ElementBody[]): Scanned[] {
  const out: Scanned[] = [];
  for (const body of bodies) {
    if (!body.script) continue;
    const source: PostingDataSource = body.attributes.includes('ld+json') ? 'json-ld' : 'app-state';
    if (source === 'json-ld' || body.attributes.includes('application/json')) {
      const open = firstValue(html, body.start, body.end);
      if (open !== -1) out.push({ source, prose: PAGE_PROSE, text: html, ...scanJson(html, open, body.end) });
      continue;
    }
    // Serialised state, wherever the script assigns it: `X = {"` (code's own objects have bare keys) or
    // `X = JSON.parse("...")`. The search goes on past each value read, so a script is read once.
    for (let eq = html.indexOf('=', body.start); eq !== -1 && eq < body.end; ) {
      const value = assignedValue(html, eq + 1, body.end);
      if (value === -1) {
        eq = html.indexOf('=', eq + 1);
        continue;
      }
      const scanned = html[value] === '{' ? { source, prose: PAGE_PROSE, text: html, ...scanJson(html, value, body.end) } : parsedString(html, value, body.end, source);
      if (scanned) out.push(scanned);
      eq = html.indexOf('=', Math.max(eq + 1, scanned ? scanned.end : value + 1));
    }
  }
  return out;
}

/** `JSON.parse("{\"job\":...}")`: the data is a string literal, scanned once decoded, positions mapped back. */
function parsedString(html: string, quote: number, to: number, source: PostingDataSource): Scanned | null {
  const close = literalEnd(html, quote, to);
  if (close === -1) return null;
  const decoded = decodeLiteral(html, quote + 1, close);
  const first = firstValue(decoded.text, 0, decoded.text.length);
  if (first === -1) return null;
  return { source, prose: PAGE_PROSE, text: decoded.text, at: decoded.at, ...scanJson(decoded.text, first, decoded.text.length), end: close + 1 };
}

function firstValue(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '{' || c === '[') return i;
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return -1;
  }
  return -1;
}

const JSON_PARSE = 'JSON.parse(';

/** After an assignment's "=": where serialised state starts (its "{" before a quoted key, or the quote of JSON.parse), or -1. */
function assignedValue(html: string, from: number, to: number): number {
  let i = from;
  while (i < to && (html[i] === ' ' || html[i] === '\n' || html[i] === '\t')) i++;
  if (html[i] === '{') {
    let j = i + 1;
    while (j < to && (html[j] === ' ' || html[j] === '\n' || html[j] === '\t')) j++;
    return html[j] === '"' ? i : -1;
  }
  if (!html.startsWith(JSON_PARSE, i)) return -1;
  i += JSON_PARSE.length;
  while (i < to && html[i] === ' ') i++;
  return html[i] === '"' || html[i] === "'" ? i : -1;
}

/** How much of a literal is looked at to tell prose. */
const SAMPLE = 2000;

/** Whether a literal (still encoded) holds markup: "<", or "<" escaped. */
function isMarkedUp(text: string, s: JsonString): boolean {
  const sample = text.slice(s.start, Math.min(s.end, s.start + SAMPLE));
  return sample.includes('<') || sample.includes('\\u003c') || sample.includes('&lt;');
}

/** Whether a literal (still encoded) reads as prose or markup, not an id, a URL or code. */
function isProse({ text, prose }: Scanned, s: JsonString): boolean {
  const length = s.end - s.start;
  if (length < prose.markup) return false;
  const head = text.slice(s.start, s.start + 8);
  if (head.startsWith('http') || head.startsWith('data:')) return false;
  if (isMarkedUp(text, s)) return true;
  if (length < prose.text) return false;
  const sample = text.slice(s.start, Math.min(s.end, s.start + SAMPLE));
  let spaces = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0x20) spaces++;
  return spaces * CHARS_PER_SPACE >= sample.length;
}

interface Job {
  data: Scanned;
  object: number;
  title: JsonString;
  /** The length of the longest text under it, which chose it. */
  longest: number;
}

/** Whether a short value is a section's heading ("Job Description", "Qualifications"). */
const isHeading = (data: Scanned, s: JsonString): boolean => lookupHeading(decodeLiteral(data.text, s.start, s.end, data.at).text) !== null;

interface Titled {
  s: JsonString;
  /** 2 for a job's own key (jobTitle, postingTitle), 1 for a bare `title` or a job object's `name`. */
  rank: number;
}

/** The better of two titles: the higher rank, then the earlier; either missing. */
const better = (a: Titled | null, b: Titled | null): Titled | null =>
  !a ? b : !b ? a : a.rank !== b.rank ? (a.rank > b.rank ? a : b) : a.s.start <= b.s.start ? a : b;

/** `jobObject`: the object is a job by its key, or is a JSON posting given whole (Lever's `{"text": "Nurse", ...}`). */
function titleRank(key: string, jobObject: boolean): number {
  if (key === 'title') return 1;
  if (TITLE.has(key)) return 2;
  return (key === 'name' || key === 'text') && jobObject ? 1 : 0;
}

/**
 * The job: around the longest text in the data (a posting's description; a similar job's teaser is shorter), the
 * nearest object that names a title of its own ({title, description}; {title, content: {description}}), else
 * one beneath it ({header: {jobTitle}, body: {description}}). JSON-LD first on a tie.
 */
function findJob(scanned: Scanned[]): Job | null {
  let best: Job | null = null;
  for (const data of scanned) {
    const { objects, strings } = data;
    const own: (Titled | null)[] = new Array(objects.length).fill(null);
    let longest: JsonString | null = null;
    for (const s of strings) {
      if (s.object < 0) continue;
      const length = s.end - s.start;
      const prose = isProse(data, s);
      if (prose && (!longest || length > longest.end - longest.start)) longest = s;
      // A title of a few words reads as prose to a JSON posting's short measure (Lever's `"text": "Account Executive,
      // Mid-Market"`): its key says it is a title all the same. Never markup.
      if (length > 1 && length <= MAX_TITLE && !(prose && isMarkedUp(data.text, s))) {
        const object = objects[s.object];
        const rank = titleRank(fold(s.key), JOB_OBJECTS.has(fold(object.key)) || (data.source === 'json-text' && object.parent === -1));
        // A section's title ({title: "Qualifications", text: "<ul>..."}) is a heading of the posting, not the job.
        if (rank > 0 && !isHeading(data, s)) own[s.object] = better(own[s.object], { s, rank });
      }
    }
    if (!longest || (best && longest.end - longest.start <= best.longest)) continue;
    // Each object's title, its own or the best beneath it: children come after their parents, so one backward pass.
    const below: (Titled | null)[] = new Array(objects.length).fill(null);
    const titled: (Titled | null)[] = new Array(objects.length).fill(null);
    for (let o = objects.length - 1; o >= 0; o--) {
      titled[o] = own[o] ?? below[o];
      const parent = objects[o].parent;
      if (parent >= 0) below[parent] = better(below[parent], titled[o]);
    }
    // An object around the text with a title of its own first ({name, jobAd: {sections: {...}}}); else the nearest
    // with one beneath it ({header: {jobTitle}, body: {description}}).
    let job = -1;
    for (let o = longest.object; o >= 0 && job === -1; o = objects[o].parent) if (own[o]) job = o;
    for (let o = longest.object; o >= 0 && job === -1; o = objects[o].parent) if (titled[o]) job = o;
    if (job !== -1) best = { data, object: job, title: titled[job]!.s, longest: longest.end - longest.start };
  }
  return best;
}

const within = (data: Scanned, object: number, s: JsonString): boolean =>
  s.start > data.objects[object].open && s.end < data.objects[object].close;

/** Whether `s` sits under one of `wanted`'s keys, or is the name of an object under one ({company: {name: "Contoso"}}). */
function keyedAs(data: Scanned, s: JsonString, wanted: (key: string) => boolean): boolean {
  return wanted(fold(s.key)) || (s.object >= 0 && NAMES.has(fold(s.key)) && wanted(fold(data.objects[s.object].key)));
}

/** The first short value under one of `wanted`'s keys, the job's own first. */
function field(job: Job, scanned: Scanned[], wanted: (key: string) => boolean): DecodedString | null {
  const fits = (data: Scanned, s: JsonString): boolean => s.end - s.start >= 2 && s.end - s.start <= MAX_FIELD && keyedAs(data, s, wanted);
  const pick = (data: Scanned, s: JsonString) => decodeLiteral(data.text, s.start, s.end, data.at);
  for (const s of job.data.strings) if (within(job.data, job.object, s) && fits(job.data, s)) return pick(job.data, s);
  for (const data of scanned) for (const s of data.strings) if (fits(data, s)) return pick(data, s);
  return null;
}

const WORD = /[\p{L}\p{N}]{4,}/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];
const withoutTags = (html: string): string => html.replace(/<[^<>]{0,2000}>/g, ' ');

/**
 * The job's texts, in order: its prose, shorter markup, its sections' titles, and the shorter values under the
 * prose's keys (a rich-text tree's list items, `{content: [{value: "5+ years of SQL"}]}`), a paragraph's pieces joined;
 * less any prose that says again what a richer one said (a plain copy of the HTML).
 */
function postingTexts(job: Job): DecodedString[] {
  const { data } = job;
  const { objects } = data;
  const inJob = data.strings.filter((s) => within(data, job.object, s));
  const prose = new Set(inJob.filter((s) => s !== job.title && isProse(data, s)));
  const textKeys = new Set([...prose].map((s) => s.key));
  const decode = (s: JsonString) => decodeLiteral(data.text, s.start, s.end, data.at);
  // Markup first, so that the plain copy is the one found saying nothing new.
  const ranked = [...prose].map((s) => ({ s, text: decode(s) })).sort((a, b) => Number(isHtml(b.text)) - Number(isHtml(a.text)));
  const seen = new Set<string>();
  const kept = new Map<JsonString, DecodedString>();
  for (const { s, text } of ranked) {
    const words = new Set(wordsOf(withoutTags(text.text)));
    let fresh = 0;
    for (const w of words) if (!seen.has(w)) fresh++;
    if (words.size === 0 || fresh * 5 < words.size) continue;
    kept.set(s, text);
    for (const w of words) seen.add(w);
  }
  const texts: DecodedString[] = [];
  // A short value's paragraph: the object holding the object it is in (a text node's parent).
  let pieces: DecodedString[] = [];
  let paragraph = -2;
  const flush = () => {
    if (pieces.length > 0) texts.push(joinDecoded(pieces));
    pieces = [];
  };
  for (const s of inJob) {
    if (prose.has(s)) {
      flush();
      const text = kept.get(s);
      if (text) texts.push(text);
    } else if (s !== job.title && TITLE.has(fold(s.key)) && isHeading(data, s)) {
      flush();
      texts.push(decode(s));
    } else if ((textKeys.has(s.key) || isMarkedUp(data.text, s)) && s.end > s.start) {
      const parent = s.object >= 0 ? objects[s.object].parent : -1;
      if (parent !== paragraph || parent < 0) flush();
      paragraph = parent;
      pieces.push(decode(s));
    }
  }
  flush();
  return texts;
}

/** Whether a text from the data is HTML, escaped or not, as an input is told to be. */
export const isHtml = (text: DecodedString): boolean => detectKind(text.text) === 'html';

/** Decoded strings one after another, as one: each character keeps its place. */
function joinDecoded(parts: DecodedString[]): DecodedString {
  if (parts.length === 1) return parts[0];
  const length = parts.reduce((n, p) => n + p.text.length, 0);
  const at = new Int32Array(length + 1);
  let n = 0;
  for (const p of parts) {
    at.set(p.at.subarray(0, p.text.length), n);
    n += p.text.length;
  }
  at[n] = parts[parts.length - 1].at[parts[parts.length - 1].text.length];
  return { text: parts.map((p) => p.text).join(''), at };
}

/**
 * Whether the page's markup shows the posting already: it holds half as much text as the data's or more (state
 * also holds texts a page never shows: a translation file's header, a style sheet), or most of the data's words.
 */
function shownAlready(texts: DecodedString[], pageText: string): boolean {
  const plain = texts.map((t) => withoutTags(t.text));
  if (pageText.trim().length * 2 >= plain.reduce((n, t) => n + t.length, 0)) return true;
  const words = new Set(plain.flatMap(wordsOf));
  if (words.size === 0) return true;
  const page = new Set(wordsOf(pageText));
  let shown = 0;
  for (const w of words) if (page.has(w)) shown++;
  return shown >= words.size * SHOWN_SHARE;
}

/** The posting in `html`'s data (its script `bodies`), when its markup (whose text is `pageText`) does not show it. */
export function findPostingData(html: string, bodies: ElementBody[], pageText: string): PostingData | null {
  // The data's texts are decoded out of the scripts, so never longer than them: a page that shows half as much text
  // as its scripts hold (see shownAlready) is left to its markup without reading them.
  let room = 0;
  for (const body of bodies) if (body.script) room += body.end - body.start;
  if (pageText.trim().length * 2 >= room) return null;
  const scanned = scanScripts(html, bodies);
  const job = findJob(scanned);
  if (!job) return null;
  const texts = postingTexts(job);
  return shownAlready(texts, pageText) ? null : postingData(job, scanned, texts);
}

/** The posting a JSON text holds (`JSON.stringify(job)`, a line of a JSONL dump), or null when it holds none. */
export function findJsonPosting(text: string): PostingData | null {
  const first = firstValue(text, 0, text.length);
  if (first === -1) return null;
  const scanned: Scanned[] = [{ source: 'json-text', prose: JSON_PROSE, text, ...scanJson(text, first, text.length) }];
  const job = findJob(scanned);
  return job && postingData(job, scanned, postingTexts(job));
}

function postingData(job: Job, scanned: Scanned[], texts: DecodedString[]): PostingData {
  const { data } = job;
  // A bare `type` is the job's own only ({title, type: "Full-time"}): deeper, it names a node's kind ("paragraph").
  const isTerm = (s: JsonString) => (s.key === 'type' && s.object === job.object) || keyedAs(data, s, (key) => TERMS.has(key));
  const terms = data.strings
    .filter((s) => within(data, job.object, s) && isTerm(s) && s.end - s.start <= MAX_TERM && s.end > s.start)
    .map((s) => decodeLiteral(data.text, s.start, s.end, data.at));
  return {
    source: job.data.source,
    title: decodeLiteral(data.text, job.title.start, job.title.end, data.at),
    company: field(job, scanned, (key) => COMPANY.has(key)),
    location: field(job, scanned, (key) => LOCATION.has(key) || LOCATION_ENDINGS.some((end) => key.endsWith(end))),
    salary: field(job, scanned, (key) => SALARY.has(key)),
    terms,
    texts,
    jobJson: data.text.slice(data.objects[job.object].open, data.objects[job.object].close),
  };
}
