/**
 * The posting a page carries in its data rather than its markup. A page fetched without running its scripts
 * (a scraper's `fetch(url)`, a single-page app saved before it drew) can show nothing but an empty root element,
 * while its JSON-LD or its app's state script (`__NEXT_DATA__`, `window.__appData = {...}`) holds the posting
 * whole. Found here: the object that holds a job's title and its text, and the parts named beside it, each with
 * its place in the page. A page whose markup already shows that text is left to its markup.
 */
import keys from '../../data/words/page-data-keys.json';
import type { ElementBody } from '../script-bodies';
import { decodeLiteral, literalEnd, scanJson, type DecodedString, type JsonString, type ScannedJson } from './json-scan';

export type PostingDataSource = 'json-ld' | 'app-state';

/** The parts of a posting found in a page's data, decoded, each character mapped to its place in the page. */
export interface PostingData {
  source: PostingDataSource;
  title: DecodedString | null;
  company: DecodedString | null;
  location: DecodedString | null;
  salary: DecodedString | null;
  /** Short values such as "Full-time" or "Hybrid", read as lines of the posting. */
  terms: DecodedString[];
  /** The posting's text, HTML or plain, in the data's order. */
  texts: DecodedString[];
}

const fold = (key: string): string => key.toLowerCase().replace(/[-_]/g, '');
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

/** A posting's text is prose: this long at least, a space every so many characters, or markup. */
const MIN_TEXT = 200;
const CHARS_PER_SPACE = 15;
const MAX_TITLE = 150;
const MAX_FIELD = 120;
const MAX_TERM = 40;
/** How far into a script its state assignment ("window.__STATE__ = {") is looked for. */
const ASSIGNMENT_WITHIN = 300;
/** Share of the data text's words the page's own text must show for the posting to count as drawn already. */
const SHOWN_SHARE = 0.5;

/** One scanned piece of data: the text it was scanned in (the page, or a string decoded out of it). */
interface Scanned extends ScannedJson {
  source: PostingDataSource;
  text: string;
  /** Positions of `text` in the page, when it was decoded out of a string literal there. */
  at?: Int32Array;
}

/** Every piece of data the page's scripts hold: JSON-LD, JSON scripts, and state assigned in a script's first line. */
function scanScripts(html: string, bodies: ElementBody[]): Scanned[] {
  const out: Scanned[] = [];
  for (const body of bodies) {
    if (!body.script) continue;
    const json = body.attributes.includes('ld+json') || body.attributes.includes('application/json');
    const source: PostingDataSource = body.attributes.includes('ld+json') ? 'json-ld' : 'app-state';
    const open = json ? firstValue(html, body.start, body.end) : assignedValue(html, body.start, body.end);
    if (open === -1) continue;
    if (html[open] === '{' || html[open] === '[') {
      out.push({ source, text: html, ...scanJson(html, open, body.end) });
      continue;
    }
    // `JSON.parse("{\"job\":...}")`: the data is a string literal; scanned once decoded, positions mapped back.
    const close = literalEnd(html, open, body.end);
    if (close === -1) continue;
    const decoded = decodeLiteral(html, open + 1, close);
    const first = firstValue(decoded.text, 0, decoded.text.length);
    if (first !== -1) out.push({ source, text: decoded.text, at: decoded.at, ...scanJson(decoded.text, first, decoded.text.length) });
  }
  return out;
}

function firstValue(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '{' || c === '[') return i;
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return -1;
  }
  return -1;
}

/** Where the value of a script's opening assignment starts: its `{`, or the quote of `JSON.parse("...")`. */
function assignedValue(html: string, from: number, to: number): number {
  const head = html.slice(from, Math.min(to, from + ASSIGNMENT_WITHIN));
  const eq = head.indexOf('=');
  if (eq === -1 || head[eq + 1] === '=' || head[eq - 1] === '!' || head[eq - 1] === '<' || head[eq - 1] === '>') return -1;
  let i = eq + 1;
  while (i < head.length && /\s/.test(head[i])) i++;
  if (head[i] === '{') return from + i;
  const parse = /^JSON\.parse\(\s*(["'])/.exec(head.slice(i));
  return parse ? from + i + parse[0].length - 1 : -1;
}

/** Whether a literal (still encoded) reads as prose or markup, not an id, a URL or code. */
function isProse(text: string, s: JsonString): boolean {
  const length = s.end - s.start;
  if (length < MIN_TEXT) return false;
  const head = text.slice(s.start, s.start + 8);
  if (head.startsWith('http') || head.startsWith('data:')) return false;
  const sample = text.slice(s.start, Math.min(s.end, s.start + 2000));
  if (sample.includes('<') || sample.includes('\\u003c') || sample.includes('&lt;')) return true;
  let spaces = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0x20) spaces++;
  return spaces * CHARS_PER_SPACE >= sample.length;
}

interface Job {
  data: Scanned;
  object: number;
  title: JsonString | null;
  /** The length of the longest text under it, which chose it. */
  longest: number;
}

/** The earlier of two strings, either missing. */
const earlier = (a: JsonString | null, b: JsonString | null): JsonString | null => (!a ? b : !b ? a : a.start <= b.start ? a : b);

/**
 * The job: around the longest text in the data (a posting's description; a similar job's teaser is shorter), the
 * nearest object that also names a title, its own or one beneath it ({title, description}; {title, content:
 * {description}}; {header: {jobTitle}, body: {description}}). JSON-LD first on a tie.
 */
function findJob(scanned: Scanned[]): Job | null {
  let best: Job | null = null;
  for (const data of scanned) {
    const { objects, strings, text } = data;
    const own: (JsonString | null)[] = new Array(objects.length).fill(null);
    let longest: JsonString | null = null;
    for (const s of strings) {
      if (s.object < 0) continue;
      const length = s.end - s.start;
      if (isProse(text, s)) {
        if (!longest || length > longest.end - longest.start) longest = s;
      } else if (!own[s.object] && length > 1 && length <= MAX_TITLE && isTitleKey(fold(s.key), fold(objects[s.object].key))) {
        own[s.object] = s;
      }
    }
    if (!longest || (best && longest.end - longest.start <= best.longest)) continue;
    // Each object's title, its own or the earliest beneath it: children come after their parents, so one backward pass.
    const below: (JsonString | null)[] = new Array(objects.length).fill(null);
    const titled: (JsonString | null)[] = new Array(objects.length).fill(null);
    for (let o = objects.length - 1; o >= 0; o--) {
      titled[o] = own[o] ?? below[o];
      const parent = objects[o].parent;
      if (parent >= 0) below[parent] = earlier(below[parent], titled[o]);
    }
    for (let o = longest.object; o >= 0; o = objects[o].parent) {
      if (titled[o]) {
        best = { data, object: o, title: titled[o], longest: longest.end - longest.start };
        break;
      }
    }
  }
  return best;
}

const isTitleKey = (key: string, objectKey: string): boolean => TITLE.has(key) || ((key === 'name' || key === 'text') && JOB_OBJECTS.has(objectKey));

const within = (data: Scanned, object: number, s: JsonString): boolean =>
  s.start > data.objects[object].open && s.end < data.objects[object].close;

/** The first short value under one of `wanted`'s keys (or named inside an object under one), the job's own first. */
function field(job: Job, scanned: Scanned[], wanted: (key: string) => boolean, max: number): DecodedString | null {
  const fits = (data: Scanned, s: JsonString): boolean => {
    const length = s.end - s.start;
    if (length < 2 || length > max) return false;
    if (wanted(fold(s.key))) return true;
    return s.object >= 0 && NAMES.has(fold(s.key)) && wanted(fold(data.objects[s.object].key));
  };
  const pick = (data: Scanned, s: JsonString) => decodeLiteral(data.text, s.start, s.end, data.at);
  for (const s of job.data.strings) if (within(job.data, job.object, s) && fits(job.data, s)) return pick(job.data, s);
  for (const data of scanned) for (const s of data.strings) if (fits(data, s)) return pick(data, s);
  return null;
}

const WORD = /[\p{L}\p{N}]{4,}/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];
const withoutTags = (html: string): string => html.replace(/<[^<>]{0,2000}>/g, ' ');

/** The job's texts, in order, less those that say again what an earlier or richer one said (a plain copy of the HTML). */
function postingTexts(job: Job): DecodedString[] {
  const { data } = job;
  const texts = data.strings
    .filter((s) => within(data, job.object, s) && isProse(data.text, s))
    .map((s) => decodeLiteral(data.text, s.start, s.end, data.at));
  // Markup first, so that the plain copy is the one found saying nothing new.
  const order = texts.map((_, i) => i).sort((a, b) => Number(hasMarkup(texts[b].text)) - Number(hasMarkup(texts[a].text)));
  const seen = new Set<string>();
  const kept = new Set<number>();
  for (const i of order) {
    const words = new Set(wordsOf(withoutTags(texts[i].text)));
    let fresh = 0;
    for (const w of words) if (!seen.has(w)) fresh++;
    if (words.size === 0 || fresh * 5 < words.size) continue;
    kept.add(i);
    for (const w of words) seen.add(w);
  }
  return texts.filter((_, i) => kept.has(i));
}

export const hasMarkup = (text: string): boolean => /<\/?[a-z][a-z0-9]{0,10}[\s/>]/i.test(text) || /&lt;\/?[a-z]/i.test(text);

/** Whether the page's own text already shows most of the data's words. */
function shownAlready(texts: DecodedString[], pageText: string): boolean {
  const words = new Set(texts.flatMap((t) => wordsOf(withoutTags(t.text))));
  if (words.size === 0) return true;
  const page = new Set(wordsOf(pageText));
  let shown = 0;
  for (const w of words) if (page.has(w)) shown++;
  return shown >= words.size * SHOWN_SHARE;
}

/** The posting in `html`'s data (its script `bodies`), when its markup (whose text is `pageText`) does not show it. */
export function findPostingData(html: string, bodies: ElementBody[], pageText: string): PostingData | null {
  const scanned = scanScripts(html, bodies);
  const job = findJob(scanned);
  if (!job) return null;
  const texts = postingTexts(job);
  if (shownAlready(texts, pageText)) return null;
  const terms = job.data.strings
    .filter((s) => within(job.data, job.object, s) && TERMS.has(fold(s.key)) && s.end - s.start <= MAX_TERM && s.end > s.start)
    .map((s) => decodeLiteral(job.data.text, s.start, s.end, job.data.at));
  return {
    source: job.data.source,
    title: job.title && decodeLiteral(job.data.text, job.title.start, job.title.end, job.data.at),
    company: field(job, scanned, (key) => COMPANY.has(key), MAX_FIELD),
    location: field(job, scanned, (key) => LOCATION.has(key) || LOCATION_ENDINGS.some((end) => key.endsWith(end)), MAX_FIELD),
    salary: field(job, scanned, (key) => SALARY.has(key), MAX_FIELD),
    terms,
    texts,
  };
}
