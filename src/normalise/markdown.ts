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
// A heading line, bold words (not the feed's masked "****"), a link with an address, inline code, a table's alignment row.
const SIGN = /^[ \t]{0,3}#{1,6}[ \t]+\S|(?<!\*)\*\*(?=[^\s*])|\]\((?:https?:|mailto:|\/)|`[^`\n]{1,60}`|^\|[ \t]*:?-{3,}/gm;

function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, HEAD);
  // Most postings hold none of the marks' characters: no pattern runs for them.
  if (head.indexOf('#') === -1 && head.indexOf('**') === -1 && head.indexOf('](') === -1 && head.indexOf('`') === -1 && head.indexOf('|-') === -1) return false;
  SIGN.lastIndex = 0;
  let signs = 0;
  // A table's alignment row is Markdown by itself: it counts for two.
  for (let m = SIGN.exec(head); m; m = SIGN.exec(head)) if ((signs += m[0][0] === '|' ? 2 : 1) >= MIN_SIGNS) return true;
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
/** A link's text and address are read within these lengths (a line's brackets are no link beyond them). */
const MAX_LINK_TEXT = 200;
const MAX_LINK_URL = 500;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\x7f' && WORD_CHAR.test(c)));
const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t';

/**
 * Marks the characters of `line` (from `at` in the text) that are Markdown's in `drop`. Each pass over the line is
 * linear: brackets are paired by one scan, emphasis runs by another.
 */
function inlineMarks(line: string, at: number, drop: Uint8Array): void {
  // Links and images: "[text](url)" keeps its text, "![alt](url)" goes whole. The next "]" and ")" are found once
  // and kept while the scan is before them, so many brackets on a long line cost one pass.
  let close = -1;
  let paren = -1;
  for (let i = line.indexOf('['); i !== -1; ) {
    const next = line.indexOf('[', i + 1);
    if (close <= i) close = line.indexOf(']', i + 1);
    if (close === -1) break;
    if ((next === -1 || next > close) && close - i <= MAX_LINK_TEXT && line[close + 1] === '(') {
      // No ")" left is remembered as one at the line's end, so the line is not read again.
      if (paren <= close) {
        paren = line.indexOf(')', close + 2);
        if (paren === -1) paren = line.length;
      }
      if (paren < line.length && paren - close <= MAX_LINK_URL && !/\s/.test(line.slice(close + 2, paren))) {
        if (i > 0 && line[i - 1] === '!') drop.fill(1, at + i - 1, at + paren + 1);
        else {
          drop[at + i] = 1;
          drop.fill(1, at + close, at + paren + 1);
        }
        i = line.indexOf('[', paren + 1);
        continue;
      }
    }
    i = next;
  }
  // Emphasis and code: runs of "*", "_" or "`". A run of two opens or closes bold, one italics or code; three or
  // more (the feed's masked "****") are left. An opener stands before a non-space, a closer after one.
  // Where an unclosed run opened, by its character and length (-1: none).
  const open = [-1, -1, -1, -1, -1, -1];
  for (let i = 0; i < line.length; ) {
    const c = line[i];
    if (c !== '*' && c !== '_' && c !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (j < line.length && line[j] === c) j++;
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

/** `m` with its Markdown marks dropped, or `m` itself where the text is not Markdown. */
export function stripMarkdown(m: MappedText): MappedText {
  const text = m.text;
  if (!looksLikeMarkdown(text)) return m;
  const drop = new Uint8Array(text.length);
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
      if (to < line.length) drop.fill(1, start + to, end);
      inlineMarks(line.slice(from, to), start + from, drop);
    }
    start = next;
  }
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
    if (mark !== KEEP && run !== -1) {
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
