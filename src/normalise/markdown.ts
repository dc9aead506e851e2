/**
 * Postings written in Markdown, as LLM scrapers, Git hosting and forum posts give them: "# Senior Data
 * Engineer", "**Location:** Austin, TX", "- 5+ years of *Python*", "[Apache Spark](https://...)". Their
 * marks are dropped (a heading's hashes, emphasis, a link's brackets and address, code ticks, a quote's
 * ">"), so the title is no "# Senior Data Engineer" and a subject no "*Python* and SQL"; what is left keeps
 * its map to the caller's characters. Plain text is left alone: the marks are dropped only where the
 * text shows Markdown at least twice (two headings, a heading and bold, a link ...).
 */
import type { MappedText } from './mapped-text';

/** How far into the text the signs are looked for, and how many make it Markdown. */
const HEAD = 20000;
const MIN_SIGNS = 2;
// A heading line, bold words (not the feed's masked "****"), a link with an address, an image, inline code, a table's
// alignment row; and a chat's bold opening a line, as WhatsApp and Slack mark it with one star ("*Role:* Accountant",
// "*Python Developer*"), not a footnote's star nor a bullet's. A line all in bold counts twice, as a forum post's bold
// header alone ("**Contoso Health | Sr. Network Engineer | Hybrid (Raleigh, NC)**") shows Markdown.
const BOLD_LINE = /^\*\*[^\s*]/;
const SIGN = /^[ \t]{0,3}#{1,6}[ \t]+\S|^\*\*[^\s*][^*\n]{0,200}[^\s*]\*\*[ \t]*$|(?<!\*)\*\*(?=[^\s*])|^\*[^\s*][^*\n]{0,60}\*(?!\*)|\]\((?:https?:|mailto:|\/)|!\[[^\]\n]{0,200}\]\(|`[^`\n]{1,60}`|^\|[ \t]*:?-{3,}/gm;

function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, HEAD);
  // Most postings hold none of the marks' characters: no pattern runs for them.
  if (head.indexOf('#') === -1 && head.indexOf('*') === -1 && head.indexOf('](') === -1 && head.indexOf('`') === -1 && head.indexOf('|-') === -1) return false;
  SIGN.lastIndex = 0;
  let signs = 0;
  // A table's alignment row is Markdown by itself, and so is a line all in bold: each counts for two.
  for (let m = SIGN.exec(head); m; m = SIGN.exec(head)) if ((signs += m[0][0] === '|' || BOLD_LINE.test(m[0]) ? 2 : 1) >= MIN_SIGNS) return true;
  return false;
}

const HEADING_MARK = /^[ \t]{0,3}(?:#{1,6}[ \t]+|#{1,6}$|>[ \t]?)/;
const FENCE_OR_RULE = /^[ \t]{0,3}(?:```|~~~|(?:[-*_][ \t]*){3,}$)/;

/** A table's alignment row, "|---|:---:|": pipes, dashes, colons and spaces only, with a pipe and three dashes. */
function isAlignmentRow(line: string): boolean {
  let pipes = 0;
  let dashes = 0;
  for (const c of line) {
    if (c === '|') pipes++;
    else if (c === '-') dashes++;
    else if (c !== ':' && c !== ' ' && c !== '\t') return false;
  }
  return pipes > 0 && dashes >= 3;
}
// A table row of two cells, "| Location | Austin, TX |": read as the label row "Location: Austin, TX".
const TWO_CELLS = /^[ \t]{0,3}\|([^|]{1,120})\|([^|]{1,200})\|[ \t]*$/;
/** In the mask: a character kept, dropped, or read as a colon (the pipe between a two-cell row's cells). */
const KEEP = 0;
const DROP = 1;
const COLON = 2;
/** Kept, but shown as it is: the punctuation after a backslash is no mark. */
const ESCAPED = 3;
/** What a backslash escapes: ASCII punctuation, as CommonMark has it. */
const ESCAPABLE = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
/** A link's text and address are read within these lengths (a line's brackets are no link beyond them; a tracking link's address is long). */
const MAX_LINK_TEXT = 200;
const MAX_LINK_URL = 2000;
/** A link's text runs over this many lines at most (a linked card: its title, place and date). */
const MAX_LINK_LINES = 12;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\x7f' && WORD_CHAR.test(c)));
const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t';

/**
 * Where a link's destination that starts at `from` (just past "](") ends: the index of its ")", or -1. The
 * destination is an address without spaces (escaped or balanced parentheses inside it, as "wiki/Foo_(bar)"), then
 * perhaps a quoted title ('](/logo.png "Contoso logo")'). The scan stops at a bracket, so each character is read
 * for one destination at most.
 */
function destinationEnd(line: string, from: number): number {
  let depth = 0;
  let i = from;
  for (const limit = Math.min(line.length, from + MAX_LINK_URL); i < limit; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ' ' || c === '\t' || c === '[' || c === ']') break;
  }
  if (line[i] !== ' ' || i === from) return -1;
  // A title: '"…"', "'…'" or "(…)" after the address.
  while (line[i] === ' ') i++;
  const quote = line[i];
  const closing = quote === '"' || quote === "'" ? quote : quote === '(' ? ')' : '';
  if (!closing) return -1;
  const end = line.indexOf(closing, i + 1);
  if (end === -1 || end - i > MAX_LINK_TEXT) return -1;
  let j = end + 1;
  while (line[j] === ' ') j++;
  return line[j] === ')' ? j : -1;
}

/** Whether `line` has a character shown between `from` and `to`: kept by `drop` and no space. */
function showsText(line: string, at: number, from: number, to: number, drop: Uint8Array): boolean {
  for (let i = from; i < to; i++) if (drop[at + i] !== DROP && !isSpace(line[i])) return true;
  return false;
}

/** How deep brackets are followed inside one another ("[![logo](a.png)](/)" is two). */
const MAX_NESTING = 8;

/**
 * Marks the characters of `line` (from `at` in the text) that are Markdown's in `drop`. Each pass over the line is
 * linear: brackets are paired by one scan, emphasis runs by another. `pending` is where in the text a link left open
 * on an earlier line starts (-1: none); what is left open at the line's end is returned.
 */
function inlineMarks(line: string, at: number, drop: Uint8Array, pending: number, cards: Card[]): number {
  // A backslash before punctuation shows the punctuation as it is ("\- 3+ years", "C\#"): it goes, and the
  // character is no mark.
  if (line.indexOf('\\') !== -1) {
    for (let i = 0; i < line.length - 1; i++) {
      if (line[i] === '\\' && drop[at + i] === KEEP && ESCAPABLE.includes(line[i + 1])) {
        drop[at + i] = DROP;
        drop[at + i + 1] = ESCAPED;
        i++;
      }
    }
  }
  // Links and images, paired by a stack of open brackets: "[text](url)" keeps its text, "![alt](url)" goes whole,
  // and so does a link left with nothing to show ("[](/)", a logo "[![logo](a.png)](/)"). A link's text can span
  // lines, as scrapers write a linked card ("[", its lines, "](url)"): the "[" left open is paired with the next
  // "](url)" that nothing opens on its own line.
  const opens: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c !== '[' && c !== ']') || drop[at + i] === ESCAPED) continue;
    if (c === '[') {
      if (opens.length === MAX_NESTING) opens.shift();
      opens.push(i);
      continue;
    }
    const open = opens.length ? opens.pop()! : -1;
    const end = line[i + 1] === '(' ? destinationEnd(line, i + 2) : -1;
    if (end === -1 || i - open > MAX_LINK_TEXT) continue;
    const image = open > 0 && line[open - 1] === '!' && drop[at + open - 1] === KEEP;
    if (open === -1) {
      if (pending === -1) continue;
      drop[pending] = DROP;
      drop.fill(DROP, at + i, at + end + 1);
      cards.push({ start: pending, textEnd: at + i, end: at + end + 1 });
      pending = -1;
    } else if (image || !showsText(line, at, open + 1, i, drop)) {
      drop.fill(DROP, at + open - (image ? 1 : 0), at + end + 1);
    } else {
      drop[at + open] = DROP;
      drop.fill(DROP, at + i, at + end + 1);
    }
    i = end;
  }
  if (opens.length) pending = at + opens[opens.length - 1];
  // Emphasis and code: runs of "*", "_" or "`". A run of two opens or closes bold, one italics or code; three or
  // more (the feed's masked "****") are left. An opener stands before a non-space, a closer after one.
  // Where an unclosed run opened, by its character and length (-1: none).
  const open = [-1, -1, -1, -1, -1, -1];
  for (let i = 0; i < line.length; ) {
    const c = line[i];
    if ((c !== '*' && c !== '_' && c !== '`') || drop[at + i] === ESCAPED) {
      i++;
      continue;
    }
    let j = i;
    while (j < line.length && line[j] === c && drop[at + j] !== ESCAPED) j++;
    const run = j - i;
    const key = (c === '*' ? 0 : c === '_' ? 2 : 4) + run - 1;
    const before = line[i - 1];
    const after = line[j];
    if (run <= 2) {
      const opening = open[key];
      // "_" inside a word is a name (snake_case), not emphasis.
      const closes = opening !== -1 && !isSpace(before) && (c === '`' || !isWord(after));
      if (closes) {
        drop.fill(1, at + opening, at + opening + run);
        drop.fill(1, at + i, at + j);
        open[key] = -1;
      } else if (!isSpace(after) && (c === '`' || !isWord(before))) open[key] = i;
    }
    i = j;
  }
  return pending;
}

/** A link whose text runs over lines: where its "[" is, where its text ends (its "]") and where its address's ")" ends. */
interface Card {
  start: number;
  textEnd: number;
  end: number;
}

/** Lines of text a linked card holds at least: another job's title and its details. */
const MIN_CARD_LINES = 2;
/** Linked cards a page's list of them holds at least. */
const MIN_CARDS = 2;

/**
 * Drops a list of linked cards, the other jobs a page converted to Markdown lists ("[", "Customer Support Intern",
 * "Utrecht, Netherlands", "- Internship", "](https://...)"), each a link whose text runs over lines: two or more, of
 * two lines of text or more each, are no part of the posting, as the page's boxes of other jobs are not.
 */
function dropCardList(text: string, cards: readonly Card[], drop: Uint8Array): void {
  const listed = cards.filter((c) => linesOfText(text, c.start, c.textEnd) >= MIN_CARD_LINES);
  if (listed.length < MIN_CARDS) return;
  for (const c of listed) drop.fill(DROP, c.start, c.end);
}

/** How many lines of `text[from, to)` hold a letter or a digit. */
function linesOfText(text: string, from: number, to: number): number {
  let lines = 0;
  let seen = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (seen) lines++;
      seen = false;
    } else if (!seen && WORD_CHAR.test(text[i])) seen = true;
  }
  return seen ? lines + 1 : lines;
}

/** Where a heading's closing hashes start ("## Benefits ##"), spaces before them included; the line's length if none. */
function closingHashes(line: string, from: number): number {
  let i = line.length;
  while (i > from && isSpace(line[i - 1])) i--;
  const hashesEnd = i;
  while (i > from && line[i - 1] === '#') i--;
  if (i === hashesEnd || i === from || !isSpace(line[i - 1])) return line.length;
  while (i > from && isSpace(line[i - 1])) i--;
  return i;
}

/**
 * A heading line the text's markup marks (Markdown's "## Data Engineer", a page converter's capitals): where its text
 * is in the source, and its level (1 for "#").
 */
export interface MarkedHeading {
  start: number;
  end: number;
  level: number;
}

/**
 * `m` with its Markdown marks dropped, or `m` itself where the text is not Markdown. The heading lines are added to
 * `headings` when given: a whole page's Markdown names its title by one.
 */
export function stripMarkdown(m: MappedText, headings?: MarkedHeading[]): MappedText {
  const text = m.text;
  if (!looksLikeMarkdown(text)) return m;
  const drop = new Uint8Array(text.length);
  // A link left open on an earlier line, and how many lines ago it opened.
  let pending = -1;
  let linkLines = 0;
  const cards: Card[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const next = end + 1;
    if (end > start && text[end - 1] === '\r') end--;
    const line = text.slice(start, end);
    const cells = TWO_CELLS.exec(line);
    if (FENCE_OR_RULE.test(line) || isAlignmentRow(line)) drop.fill(DROP, start, end);
    else if (cells) {
      // "| Location | Austin, TX |": the outer pipes and the spaces around the cells go, the inner pipe is a colon.
      const inner = start + 1 + cells[1].length;
      let first = start + line.indexOf('|') + 1;
      while (text[first] === ' ') first++;
      drop.fill(DROP, start, first);
      drop[inner] = COLON;
      for (let i = inner - 1; i > start && text[i] === ' '; i--) drop[i] = DROP;
      drop.fill(DROP, start + line.lastIndexOf('|'), end);
      for (let i = start + line.lastIndexOf('|') - 1; i > inner && text[i] === ' '; i--) drop[i] = DROP;
    } else {
      const lead = HEADING_MARK.exec(line);
      const from = lead ? lead[0].length : 0;
      if (lead) drop.fill(1, start, start + from);
      const to = lead ? closingHashes(line, from) : line.length;
      if (headings && lead && lead[0].trimStart()[0] === '#' && to > from) {
        headings.push({ start: m.srcStart[start + from], end: m.srcEnd[start + to - 1], level: lead[0].trim().length });
      }
      if (to < line.length) drop.fill(1, start + to, end);
      const open = inlineMarks(line.slice(from, to), start + from, drop, linkLines < MAX_LINK_LINES ? pending : -1, cards);
      linkLines = open === pending ? linkLines + 1 : 0;
      pending = open;
    }
    start = next;
  }
  dropCardList(text, cards, drop);
  // The kept characters with their map, in one pass.
  let kept = 0;
  let changed = false;
  for (let i = 0; i < drop.length; i++) {
    if (drop[i] !== DROP) kept++;
    if (drop[i] !== KEEP) changed = true;
  }
  if (!changed) return m;
  const srcStart = new Int32Array(kept);
  const srcEnd = new Int32Array(kept);
  const parts: string[] = [];
  let k = 0;
  let run = -1;
  for (let i = 0; i <= text.length; i++) {
    const mark = i < text.length ? drop[i] : DROP;
    if ((mark === DROP || mark === COLON) && run !== -1) {
      parts.push(text.slice(run, i));
      run = -1;
    }
    if (mark === DROP) continue;
    srcStart[k] = m.srcStart[i];
    srcEnd[k++] = m.srcEnd[i];
    if (mark === COLON) parts.push(':');
    else if (run === -1) run = i;
  }
  return { text: parts.join(''), srcStart, srcEnd };
}
