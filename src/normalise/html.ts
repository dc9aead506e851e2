/** Turns HTML into blocks of text with an offset map, skipping page chrome, and reads its JSON-LD. */
import { linearTreeAdapter, settleTree } from './tree-adapter';
import type { Block, BlockKind, JobPostingLd } from '../contract';
import type { Warning } from '../types/common';
import { alignDecoded } from './html-text';
import { MappedTextBuilder, type MappedText } from './mapped-text';
import { cleanText } from './text-fixes';
import { structureLine } from './structure';
import { readJobPostingLd } from './json-ld';
import { sanitiseNumericRefs } from './html-refs';
import { capHtmlDepth } from './html-depth';
import { isEscapedHtml, unescapeHtml, unwrapCdata, type UnescapedHtml } from './escaped-html';
import { elementBodies, withoutScriptBodies } from './script-bodies';
import { elements, tagName, type DomNode } from './page/dom';
import { findFurniture } from './page/furniture';
import { readMeta, type PageMeta } from './page/meta';
import { pageMarks } from './page/marks';
import { pickTitle, type PageHeading, type PickedTitle } from './page/title';
import { findPostingData, type PostingData } from './page/posting-data';
import type { DecodedString } from './page/json-scan';

const CHIP_END = /[\p{L}\p{N})]/u;
const CHIP_START = /[\p{Lu}\p{N}$£€]/u;

/**
 * HTML through cheerio (parse5 with source locations), loaded only when HTML
 * arrives: block elements and `<br>` become line breaks, `<li>` list items,
 * `<h1>`..`<h6>` headings; scripts, styles and comments are dropped; a
 * schema.org JobPosting in JSON-LD is read on the side.
 */
type CheerioModule = typeof import('cheerio');
let cheerioModule: CheerioModule | null = null;
function cheerio(): CheerioModule {
  // Lazy: cheerio costs ~150 ms to require, and most inputs are not HTML.
  if (!cheerioModule) cheerioModule = require('cheerio') as CheerioModule;
  return cheerioModule;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'body', 'html', 'caption', 'summary', 'details',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'button', 'select']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Navigation, footers, dialogs and hidden elements are left to the furniture scorer (page/furniture.ts),
// which never drops what holds the posting (a posting in a role="dialog" box, a page hidden behind a modal).

function sourceRange(node: DomNode): [number, number] {
  const loc = node.sourceCodeLocation;
  return loc ? [loc.startOffset, loc.endOffset] : [0, 0];
}

interface Line {
  from: number;
  to: number;
  kind?: BlockKind;
  /** 1 to 6 for a line inside `<h1>`..`<h6>`. */
  level?: number;
}

export interface HtmlResult {
  /** The posting's title among the page's headings and own titles, with its text and the rule that chose it. */
  title: (PickedTitle & { text: string }) | null;
  meta: PageMeta;
  jsonLd: JobPostingLd | null;
  /** The posting the page holds in its data (JSON-LD, an app's state) when its markup shows none of it. */
  data: PostingData | null;
}

/**
 * Two inline elements side by side with nothing between them, the first ending in a letter, digit or ")" and the
 * second opening with a capital, digit or currency sign, are separate items a page lays out apart (the chips of a
 * details bar: "United States" "Hybrid" "Full time"), not one word: "<b>Sen</b>ior" and "<i>e</i>Bay" stay joined.
 */
function chipsApart(before: string, after: string): boolean {
  return CHIP_END.test(before) && CHIP_START.test(after);
}

/**
 * Flattens the DOM into one line-broken text: each block element starts a new
 * line, whitespace runs collapse to one space (as a browser renders them).
 */
class Flattener {
  readonly out = new MappedTextBuilder();
  readonly lines: Line[] = [];
  readonly ldScripts: string[] = [];
  private lineStart = 0;
  /** Kind of the innermost open `<li>` or heading: lines inside it inherit it. */
  private readonly kinds: (BlockKind | undefined)[] = [undefined];
  /** Level of the innermost open heading, 0 outside one. */
  private readonly levels: number[] = [0];
  /** Source range of collapsed whitespace waiting to be written as one space. */
  private pendingSpace: [number, number] | null = null;
  /** Output size when an inline element last closed. */
  private inlineClosedAt = -1;
  /** The last character of text written. */
  private lastWritten = '';
  /** Source offset of an inline element opened right after another closed, nothing between them. */
  private chipStart = -1;

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly furniture: ReadonlySet<DomNode>,
    /** Buttons read all the same: they hold the employer's name. */
    private readonly readButtons: ReadonlySet<DomNode>,
  ) {}

  breakLine(at: number): void {
    if (this.out.size > this.lineStart) {
      const level = this.levels[this.levels.length - 1];
      this.lines.push({ from: this.lineStart, to: this.out.size, kind: this.kinds[this.kinds.length - 1], level: level || undefined });
      this.out.insert('\n', this.base + at);
    }
    this.lineStart = this.out.size;
    this.pendingSpace = null;
    this.chipStart = -1;
  }

  text(node: DomNode): void {
    const [s, e] = sourceRange(node);
    const m = cleanText(alignDecoded(node.data ?? '', this.source.slice(s, e), this.base + s));
    const t = m.text;
    let i = 0;
    while (i < t.length) {
      let j = i;
      if (t[i] === ' ' || t[i] === '\n') {
        while (j < t.length && (t[j] === ' ' || t[j] === '\n')) j++;
        if (this.out.size > this.lineStart) this.pendingSpace = [m.srcStart[i], m.srcEnd[j - 1]];
      } else {
        while (j < t.length && t[j] !== ' ' && t[j] !== '\n') j++;
        if (this.pendingSpace) this.out.raw(' ', this.pendingSpace[0], this.pendingSpace[1]);
        else if (this.chipStart >= 0 && chipsApart(this.lastWritten, t[i])) this.breakLine(this.chipStart);
        this.pendingSpace = null;
        this.chipStart = -1;
        this.out.copy(m, i, j);
        this.lastWritten = t[j - 1];
      }
      i = j;
    }
  }

  /**
   * Walks the tree in document order with an explicit stack, never recursion:
   * a page nested thousands of elements deep cannot exhaust the call stack.
   */
  walk(root: DomNode): void {
    const stack: { node: DomNode; leaving: boolean }[] = [];
    const pushChildren = (node: DomNode) => {
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
    };
    pushChildren(root);
    while (stack.length > 0) {
      const { node, leaving } = stack.pop()!;
      if (leaving) {
        this.leave(node);
      } else if (this.enter(node)) {
        stack.push({ node, leaving: true });
        pushChildren(node);
      }
    }
  }

  /** Opens `node`; true when its children are to be walked. */
  private enter(node: DomNode): boolean {
    if (this.furniture.has(node)) return false;
    if (node.type === 'text') {
      this.text(node);
      return false;
    }
    if (node.type === 'comment' || node.type === 'directive') return false;
    const name = node.name?.toLowerCase();
    if (name === 'script') {
      if ((node.attribs?.type ?? '').toLowerCase() === 'application/ld+json') {
        this.ldScripts.push((node.children ?? []).map((c) => c.data ?? '').join(''));
      }
      return false;
    }
    if (name === 'head') {
      // No text from the head, but job boards put their JSON-LD there.
      for (const child of node.children ?? []) if (child.name?.toLowerCase() === 'script') this.enter(child);
      return false;
    }
    if (name && SKIP_TAGS.has(name) && !this.readButtons.has(node)) return false;
    if (name === 'br') {
      this.breakLine(sourceRange(node)[0]);
      return false;
    }
    if (name !== undefined && !BLOCK_TAGS.has(name) && this.inlineClosedAt === this.out.size && this.out.size > this.lineStart) {
      this.chipStart = sourceRange(node)[0];
    }
    if (name !== undefined && BLOCK_TAGS.has(name)) {
      const inherited = this.kinds[this.kinds.length - 1];
      this.breakLine(sourceRange(node)[0]);
      this.kinds.push(name === 'li' ? 'list_item' : HEADING_TAGS.has(name) ? 'heading' : inherited);
      this.levels.push(HEADING_TAGS.has(name) ? Number(name[1]) : this.levels[this.levels.length - 1]);
    }
    return true;
  }

  private leave(node: DomNode): void {
    const name = node.name?.toLowerCase();
    if (name !== undefined && BLOCK_TAGS.has(name)) {
      this.breakLine(sourceRange(node)[1]);
      this.kinds.pop();
      this.levels.pop();
    } else if (name !== undefined) {
      this.inlineClosedAt = this.out.size;
    }
  }
}

/** `m`'s offsets into `cut.text` (characters copied one for one, some left out) as offsets into what it was cut from. */
function mapPastCuts(m: MappedText, cut: UnescapedHtml, base: number): void {
  for (let i = 0; i < m.srcStart.length; i++) {
    m.srcStart[i] = base + cut.at[m.srcStart[i] - base];
    m.srcEnd[i] = m.srcEnd[i] > base ? base + cut.at[m.srcEnd[i] - base - 1] + 1 : base;
  }
}

/** The address of the page's first frame (an ATS embedded in a careers page: `<iframe src="...">`), or null. */
function frameSource(root: DomNode): string | null {
  for (const node of elements(root)) {
    const src = tagName(node) === 'iframe' ? node.attribs?.src?.trim() : undefined;
    if (src && !src.startsWith('about:') && !src.startsWith('javascript:')) return src.slice(0, MAX_FRAME_SOURCE);
  }
  return null;
}
const MAX_FRAME_SOURCE = 500;

/** Fewer characters than this (spaces aside) on a whole page with scripts: a page its scripts were to draw. */
const MIN_SHOWN = 200;

/** `m`'s offsets into a decoded text as offsets into what it was decoded from (an escape's end is the next character's start). */
export function mapPastDecoding(m: MappedText, at: Int32Array, base: number): void {
  for (let i = 0; i < m.srcStart.length; i++) {
    m.srcStart[i] = base + at[m.srcStart[i] - base];
    m.srcEnd[i] = base + at[m.srcEnd[i] - base];
  }
}

/**
 * `html` (at `base` in the caller's input) flattened into `out` and `blocks`. `decoded`: `html` is a string decoded
 * out of the page's data (a posting's HTML in JSON), its characters' places in the page given; no data is looked
 * for in it.
 */
export function normaliseHtml(
  html: string,
  base: number,
  out: MappedTextBuilder,
  blocks: Block[],
  warnings: Warning[],
  decoded?: DecodedString,
): HtmlResult {
  const escaped = isEscapedHtml(html) ? unescapeHtml(html) : null;
  const unescaped = escaped ? escaped.text : html;
  const cdata = unwrapCdata(unescaped);
  const unwrapped = cdata ? cdata.text : unescaped;
  const bodies = elementBodies(unwrapped);
  const scripts = withoutScriptBodies(unwrapped, bodies);
  const safe = capHtmlDepth(sanitiseNumericRefs(scripts ? scripts.text : unwrapped, warnings), warnings);
  const wholePage = /<html[\s>]/i.test(safe);
  let $: ReturnType<CheerioModule['load']>;
  try {
    // cheerio's options reach parse5, treeAdapter included (cheerio's own types do not list it).
    $ = cheerio().load(safe, { sourceCodeLocationInfo: true, treeAdapter: linearTreeAdapter() } as Parameters<CheerioModule['load']>[1], wholePage);
  } finally {
    settleTree();
  }
  const root = $.root()[0] as unknown as DomNode;
  const furniture = findFurniture(root);
  const marks = pageMarks(root, furniture);
  const flat = new Flattener(safe, base, furniture, marks.buttons);
  flat.walk(root);
  flat.breakLine(safe.length);
  const m = flat.out.build();
  // Offsets back to the caller's characters: past the script bodies and CDATA's markers left out (a character's end is
  // its own position's next: what was cut after it is no part of it), then the escapes and the data's decoding.
  for (const cut of [scripts, cdata]) if (cut) mapPastCuts(m, cut, base);
  if (escaped) mapPastDecoding(m, escaped.at, base);
  if (decoded) mapPastDecoding(m, decoded.at, base);
  const from = out.size;
  const headings: PageHeading[] = [];
  for (const line of flat.lines) {
    const count = blocks.length;
    structureLine(m, line.from, line.to, line.kind, out, blocks);
    if (line.level && blocks.length > count) headings.push({ block: blocks[count], level: line.level });
  }
  let jsonLd: JobPostingLd | null = null;
  for (const script of flat.ldScripts) {
    jsonLd = jsonLd ?? readJobPostingLd(script, warnings);
  }
  const meta = readMeta(root, marks);
  const text = out.peek(0);
  const picked = pickTitle(text, headings, meta, jsonLd?.title);
  const title = picked && { ...picked, text: text.slice(picked.start, picked.end) };
  // Positions in the data are the page's own only when nothing was unescaped or unwrapped before it was read.
  const shown = text.slice(from);
  const data = decoded || unwrapped !== html ? null : findPostingData(html, bodies, shown);
  if (!data && !decoded && wholePage && shown.replace(/\s+/g, '').length < MIN_SHOWN) {
    const frame = frameSource(root);
    if (frame) {
      warnings.push({ code: 'html/no-posting-text', message: `The page shows almost no text: its posting is in a frame. Fetch the frame's page instead: ${frame}` });
    } else if (bodies.some((b) => b.script)) {
      warnings.push({
        code: 'html/no-posting-text',
        message: "The page shows almost no text and its data holds no posting: it is drawn by script. Save it after a browser has drawn it, or pass the posting's text.",
      });
    }
  }
  return { title, meta, jsonLd, data };
}
