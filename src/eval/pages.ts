import * as fs from 'fs';
import * as path from 'path';
import type { JobExtractor } from '../pipeline/extractor';
import type { Entity, Span } from '../types/common';
import type { ExtractionResult } from '../types/result';
import { readJsonl } from './spans';
import { convertedText, copiedText, markdownText } from './page-text';
import { foldText as fold } from '../normalise/page/title';
import { PLACE_TABLE_FILES } from '../data/builtin.generated';

type Cheerio = typeof import('cheerio');

/**
 * Whole job-board pages (../shared/eval/pages): title, company, city, region,
 * country, pay and employment type per site and overall, spans that do not
 * slice the page to their text, entities in page furniture, time per page.
 * Labels of JSON-LD pages came from the JSON-LD, so it is stripped (and
 * microdata `itemprop`s on microdata pages) before the text is scored; the
 * JSON-LD pages are then scored again whole, for the JSON-LD reader.
 */
interface PageLabel {
  file: string;
  site: string;
  title: string;
  company: string;
  city: string | string[] | null;
  region: string | null;
  country: string | string[] | null;
  salary: { min: number; max: number; currency: string | null; period: string | null } | null;
  employmentType: string[] | null;
  /** true where the page (or its JSON-LD `jobLocationType`) says remote work is allowed; null where it does not. */
  remote: true | null;
  structuredData: string[];
}

export interface Tally {
  hits: number;
  of: number;
}

export interface PageScores {
  pages: number;
  title: Tally;
  company: Tally;
  city: Tally;
  region: Tally;
  country: Tally;
  pay: Tally;
  /** A primary pay where the page states none. */
  payWithoutLabel: number;
  employmentType: Tally;
  /** Remote work found (workplace "remote", not negated), of the pages labelled remote. */
  remote: Tally;
  /** Pages labelled remote, of those where remote work is found: the precision that postings all allowing remote cannot give. */
  remoteFound: Tally;
  /** Spans whose `input.slice(start, end)` is not their text. */
  badSpans: number;
  spans: number;
  /** Entities inside page furniture (see `furnitureRanges`), and skills and pay among them. */
  furnitureEntities: number;
  furnitureSkills: number;
  furniturePay: number;
  entities: number;
  ms: number;
}

interface PageMiss {
  file: string;
  field: string;
  expected: unknown;
  got: unknown;
}

export interface PagesReport {
  stripped: { overall: PageScores; bySite: Record<string, PageScores>; byStructuredData: Record<string, PageScores> };
  /** The JSON-LD pages as published: what the JSON-LD reader gives. */
  jsonLd: PageScores;
  /** The pages (stripped) copied as text, as a browser's select-all copy gives it, run into one line, and node by node. */
  copied: PageScores;
  copiedOneLine: PageScores;
  nodeLines: PageScores;
  /** The pages (stripped) as a Markdown scraper gives them, and as html-to-text converts them. */
  markdown: PageScores;
  converted: PageScores;
  misses: PageMiss[];
}

const tally = (): Tally => ({ hits: 0, of: 0 });
const emptyScores = (): PageScores => ({
  pages: 0,
  title: tally(),
  company: tally(),
  city: tally(),
  region: tally(),
  country: tally(),
  pay: tally(),
  payWithoutLabel: 0,
  employmentType: tally(),
  remote: tally(),
  remoteFound: tally(),
  badSpans: 0,
  spans: 0,
  furnitureEntities: 0,
  furnitureSkills: 0,
  furniturePay: 0,
  entities: 0,
  ms: 0,
});

function add(into: PageScores, s: PageScores): void {
  for (const key of Object.keys(s) as (keyof PageScores)[]) {
    const v = s[key];
    if (typeof v === 'number') (into[key] as number) += v;
    else {
      (into[key] as Tally).hits += v.hits;
      (into[key] as Tally).of += v.of;
    }
  }
}


const asList = (v: string | string[] | null): string[] => (v === null ? [] : Array.isArray(v) ? v : [v]);

// Region labels are written as the page writes them: "TX" or "Texas", "VIC" or "Victoria" ("WA" is two).
const REGION_NAMES = new Map<string, Set<string>>();
for (const file of ['us-states.json', 'au-states.json', 'ca-provinces.json'] as const) {
  const data = PLACE_TABLE_FILES[file]() as { regions: { name: string; code: string }[] };
  for (const r of data.regions) {
    const names = REGION_NAMES.get(fold(r.code)) ?? new Set<string>();
    REGION_NAMES.set(fold(r.code), names.add(fold(r.name)));
  }
}
const sameRegion = (got: string, label: string) => fold(got) === fold(label) || (REGION_NAMES.get(fold(label))?.has(fold(got)) ?? false);

/** Strip every `<script type="application/ld+json">` block (a scan, not a backtracking regex). */
function stripJsonLd(html: string): string {
  const out: string[] = [];
  let pos = 0;
  const open = /<script\b[^>]*>/gi;
  const lower = html.toLowerCase();
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const close = lower.indexOf('</script', open.lastIndex);
    const end = close === -1 ? html.length : html.indexOf('>', close) + 1 || html.length;
    if (/type\s*=\s*["']?application\/ld\+json/i.test(m[0])) {
      out.push(html.slice(pos, m.index));
      pos = end;
    }
    open.lastIndex = end;
  }
  out.push(html.slice(pos));
  return out.join('');
}

/** Remove microdata: `<meta itemprop>` tags and `itemprop` attributes. */
function stripMicrodata(html: string): string {
  return html.replace(/<meta\b[^>]*?\bitemprop\b[^>]*>/gi, '').replace(/\sitemprop\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}


/**
 * Source ranges of page furniture, by a definition independent of the
 * extractor's: navigation, footers, asides, forms and dialogs by tag or
 * role, and blocks whose class or id names a related-jobs box, a sidebar,
 * a menu, a cookie banner or a sign-in prompt.
 */
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form']);
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog', 'banner']);
const FURNITURE_NAMES =
  /(?:^|[\s_-])(?:similar|related|recommended|recommendations|more-?jobs|other-?jobs|sidebar|navbar|menu|cookies?|consent|login|signin|sign-?in|sign-?up|register|breadcrumbs?|footer|site-?header)(?:$|[\s_-])/i;

interface El {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: El[];
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

function furnitureRanges(html: string): [number, number][] {
  const cheerio = require('cheerio') as Cheerio;
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  const ranges: [number, number][] = [];
  const stack: El[] = [$.root()[0] as unknown as El];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.type === 'tag' && el.sourceCodeLocation) {
      const a = el.attribs ?? {};
      const furniture =
        FURNITURE_TAGS.has(el.name ?? '') ||
        FURNITURE_ROLES.has((a.role ?? '').toLowerCase()) ||
        FURNITURE_NAMES.test(a.class ?? '') ||
        FURNITURE_NAMES.test(a.id ?? '');
      if (furniture) {
        ranges.push([el.sourceCodeLocation.startOffset, el.sourceCodeLocation.endOffset]);
        continue;
      }
    }
    for (const c of el.children ?? []) stack.push(c);
  }
  return ranges;
}

const inRanges = (ranges: [number, number][], at: number) => ranges.some(([s, e]) => at >= s && at < e);

// Markdown's marks in a slice: an image whole, a link's address, brackets, emphasis, code ticks, escapes, heading hashes.
const MARKDOWN_MARKS = /!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)|\]\([^)\n]{0,500}\)|[[\]*_`\\#]/g;
// A converter's link address in a slice: " [https://...]".
const LINK_ADDRESSES = /\s?\[[^\]\s]{1,2000}\]/g;

/** The slice of the page, tags dropped and references decoded (or Markdown's marks, a converter's addresses), reads as the span's text. */
function slicesToText(html: string, span: Span, form: PageForm): boolean {
  if (span.start === span.end) return span.text === '' || span.start === 0;
  if (span.start > span.end || span.end > html.length) return false;
  const cheerio = require('cheerio') as Cheerio;
  const raw = html.slice(span.start, span.end);
  const slice =
    form === 'markdown'
      ? raw.replace(MARKDOWN_MARKS, '')
      : form === 'converted'
        ? raw.replace(LINK_ADDRESSES, '')
        : cheerio.load(raw.replace(/<\/?[a-zA-Z][^>]*>|<!--[^>]*-->/g, ''), null, false).text();
  // Tags can stand inside a word ("a</span>pplications") or between blocks: spacing does not count.
  return fold(slice).replace(/ /g, '') === fold(span.text).replace(/ /g, '');
}

function allSpans(r: ExtractionResult): Span[] {
  const spans: Span[] = [...r.entities];
  if (r.title) spans.push(r.title);
  if (r.company) spans.push(r.company);
  for (const s of r.sections) if (s.heading) spans.push(s.heading);
  return spans;
}

/** How the page is written: its HTML (or text copied from it), Markdown, or a converter's text with link addresses. */
type PageForm = 'html' | 'markdown' | 'converted';

function scorePage(extractor: JobExtractor, label: PageLabel, html: string, misses: PageMiss[] | null, form: PageForm = 'html'): PageScores {
  const s = emptyScores();
  s.pages = 1;
  const started = process.hrtime.bigint();
  const r = extractor.extract(html);
  s.ms = Number(process.hrtime.bigint() - started) / 1e6;
  const miss = (field: string, expected: unknown, got: unknown) => misses?.push({ file: label.file, field, expected, got });

  const check = (t: Tally, field: string, ok: boolean, expected: unknown, got: unknown) => {
    t.of++;
    if (ok) t.hits++;
    else miss(field, expected, got);
  };
  const title = r.title?.normalized ?? null;
  check(s.title, 'title', title !== null && fold(title) === fold(label.title), label.title, title);
  const company = r.company?.name ?? null;
  check(s.company, 'company', company !== null && fold(company) === fold(label.company), label.company, company);

  const loc = r.location;
  const cities = asList(label.city).map(fold);
  if (cities.length) {
    const got = loc ? [loc.city, loc.name].filter((v): v is string => !!v).map(fold) : [];
    check(s.city, 'city', got.some((c) => cities.includes(c)), label.city, loc?.name ?? null);
  }
  if (label.region) {
    check(s.region, 'region', !!loc?.region && sameRegion(loc.region, label.region), label.region, loc?.region ?? null);
  }
  const countries = asList(label.country);
  if (countries.length) {
    check(s.country, 'country', !!loc?.country && countries.includes(loc.country), label.country, loc?.country ?? null);
  }
  const pay = r.salary;
  if (label.salary) {
    const ok = !!pay && pay.min === label.salary.min && pay.max === label.salary.max && (!label.salary.period || pay.period === label.salary.period);
    check(s.pay, 'pay', ok, label.salary, pay ? { min: pay.min, max: pay.max, period: pay.period, text: pay.text } : null);
  } else if (pay && (pay.min !== null || pay.max !== null)) {
    s.payWithoutLabel++;
    miss('pay-without-label', null, pay.text);
  }
  if (label.employmentType) {
    // The schema.org values a JobPosting of the result states (src/schema-org): the hours' and the contract's.
    const got = [...new Set([...r.employmentType, ...r.contractType].filter((t) => !t.negated && t.schemaOrg).map((t) => t.schemaOrg!))].sort();
    const want = [...label.employmentType].sort();
    check(s.employmentType, 'employmentType', got.join() === want.join(), want, got);
  }
  const remote = r.workplace.some((w) => !w.negated && w.value === 'remote');
  if (label.remote) check(s.remote, 'remote', remote, true, r.workplace.map((w) => w.value));
  if (remote) check(s.remoteFound, 'remote-without-label', label.remote === true, null, 'remote');

  for (const span of allSpans(r)) {
    s.spans++;
    if (!slicesToText(html, span, form)) {
      s.badSpans++;
      miss('span', span.text, html.slice(span.start, span.end).slice(0, 80));
    }
  }
  const furniture = furnitureRanges(html);
  s.entities = r.entities.length;
  for (const e of r.entities as Entity[]) {
    if (e.start === e.end || !inRanges(furniture, e.start)) continue;
    s.furnitureEntities++;
    if (e.label === 'skill') s.furnitureSkills++;
    if (e.label === 'salary') s.furniturePay++;
  }
  return s;
}

export function evaluatePages(extractor: JobExtractor, dir: string): PagesReport {
  const labels = readJsonl<PageLabel>(path.join(dir, 'labels.jsonl'));
  const overall = emptyScores();
  const bySite: Record<string, PageScores> = {};
  const byStructuredData: Record<string, PageScores> = {};
  const jsonLd = emptyScores();
  const copied = emptyScores();
  const copiedOneLine = emptyScores();
  const nodeLines = emptyScores();
  const markdown = emptyScores();
  const converted = emptyScores();
  const misses: PageMiss[] = [];
  for (const label of labels) {
    const page = fs.readFileSync(path.join(dir, label.file), 'utf8');
    let stripped = stripJsonLd(page);
    if (label.structuredData.includes('microdata')) stripped = stripMicrodata(stripped);
    const s = scorePage(extractor, label, stripped, misses);
    add(overall, s);
    add((bySite[label.site] ??= emptyScores()), s);
    add((byStructuredData[label.structuredData.join('+') || 'none'] ??= emptyScores()), s);
    if (label.structuredData.includes('json-ld')) add(jsonLd, scorePage(extractor, label, page, null));
    add(copied, scorePage(extractor, label, copiedText(stripped), null));
    add(copiedOneLine, scorePage(extractor, label, copiedText(stripped, true), null));
    add(nodeLines, scorePage(extractor, label, copiedText(stripped, false, true), null));
    add(markdown, scorePage(extractor, label, markdownText(stripped), null, 'markdown'));
    add(converted, scorePage(extractor, label, convertedText(stripped), null, 'converted'));
  }
  return { stripped: { overall, bySite, byStructuredData }, jsonLd, copied, copiedOneLine, nodeLines, markdown, converted, misses };
}

const rateOf = (t: Tally) => (t.of === 0 ? '    -' : `${((100 * t.hits) / t.of).toFixed(0).padStart(3)}% `) + `${t.hits}/${t.of}`.padStart(6);

function row(name: string, s: PageScores): string {
  const cells = [s.title, s.company, s.city, s.region, s.country, s.pay, s.employmentType, s.remoteFound, s.remote].map((t) => rateOf(t).padEnd(12));
  const extra = `${String(s.payWithoutLabel).padStart(4)} ${`${s.badSpans}/${s.spans}`.padStart(9)} ${`${s.furnitureSkills}/${s.furnitureEntities}/${s.entities}`.padStart(12)} ${(s.ms / s.pages).toFixed(0).padStart(6)}`;
  return `  ${name.padEnd(20)} ${String(s.pages).padStart(3)} ${cells.join('')}${extra}`;
}

export function pagesTable(p: PagesReport): string {
  const head = `  ${'site'.padEnd(20)} ${'n'.padStart(3)} ${['title', 'company', 'city', 'region', 'country', 'pay', 'emp. type', 'remote P', 'remote R'].map((h) => h.padEnd(12)).join('')}${'pay?'.padStart(4)} ${'bad spans'.padStart(9)} ${'furn sk/ent/all'.padStart(12)} ${'ms/pg'.padStart(6)}`;
  const sites = Object.keys(p.stripped.bySite).sort();
  return [
    'pages (JSON-LD and microdata stripped; pay? = pay on a page that states none; furn = skills/entities in furniture of all entities)',
    head,
    ...sites.map((site) => row(site, p.stripped.bySite[site])),
    ...Object.keys(p.stripped.byStructuredData).sort().map((k) => row(`[${k}]`, p.stripped.byStructuredData[k])),
    row('overall', p.stripped.overall),
    row('JSON-LD pages, whole', p.jsonLd),
    row('copied as text', p.copied),
    row('copied, one line', p.copiedOneLine),
    row('node by node', p.nodeLines),
    row('as Markdown', p.markdown),
    row('html-to-text', p.converted),
  ].join('\n');
}
