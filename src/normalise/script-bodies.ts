/**
 * Job boards' pages carry hundreds of kilobytes of inline script, which the
 * HTML parser reads a character at a time and extraction never shows. The
 * bodies of `<script>` (other than JSON-LD, which is read) and `<style>`
 * elements are left out before parsing, each kept character mapped to its
 * place in the page. A body the HTML parser would end elsewhere (one holding
 * "<!--", whose escaped states let "</script>" inside it pass) is kept whole.
 */
import { SourceRuns, type UnescapedHtml } from './escaped-html';

/** Bodies shorter than this are kept: cutting them saves nothing. */
const MIN_BODY = 256;

/** A `<script>` or `<style>` element's body: `[start, end)` in the page, and its opening tag's attributes, lower-cased. */
export interface ElementBody {
  script: boolean;
  attributes: string;
  start: number;
  end: number;
}

/** Every script and style element's body, in page order, found as the HTML tokenizer ends them. */
export function elementBodies(html: string): ElementBody[] {
  const lower = html.toLowerCase();
  const bodies: ElementBody[] = [];
  const nextOpen = opener(lower);
  for (let at = nextOpen(0); at !== -1; at = nextOpen(at)) {
    const script = lower.startsWith('<script', at);
    const tag = script ? 'script' : 'style';
    const open = lower.indexOf('>', at);
    if (open === -1) break;
    const close = closingTag(lower, tag, open + 1);
    if (close === -1) break;
    bodies.push({ script, attributes: lower.slice(at, open), start: open + 1, end: close });
    at = close + tag.length + 2;
  }
  return bodies;
}

/** `html` without its script and style bodies, or null when it has none worth leaving out. */
export function withoutScriptBodies(html: string, bodies: ElementBody[] = elementBodies(html)): UnescapedHtml | null {
  const cuts: [number, number][] = [];
  let comment = -2;
  for (const { attributes, start, end } of bodies) {
    // The next "<!--", searched for again only once passed: positions only grow.
    if (comment !== -1 && comment < start) comment = html.indexOf('<!--', start);
    if (end - start >= MIN_BODY && !attributes.includes('ld+json') && (comment === -1 || comment >= end)) {
      cuts.push([start, end]);
    }
  }
  if (cuts.length === 0) return null;
  const out = new SourceRuns(html);
  let from = 0;
  for (const [start, end] of cuts) {
    out.copy(from, start);
    from = end;
  }
  out.copy(from, html.length);
  return out.done();
}

/**
 * A finder of the next "<script" or "<style" opening a tag at or after a position, for positions that only grow:
 * each name's next place is searched for again only once passed, so a page of many scripts and no style is read once.
 */
function opener(lower: string): (from: number) => number {
  let script = -2;
  let style = -2;
  return (from) => {
    for (;;) {
      if (script !== -1 && script < from) script = lower.indexOf('<script', from);
      if (style !== -1 && style < from) style = lower.indexOf('<style', from);
      const at = script === -1 ? style : style === -1 ? script : Math.min(script, style);
      if (at === -1) return -1;
      const after = lower.charCodeAt(at + (at === script ? 7 : 6));
      // "<scripts>" or "<stylesheet>" is another tag.
      if (isTagEnd(after)) return at;
      from = at + 1;
    }
  };
}

const isTagEnd = (c: number): boolean => c === 0x3e || c === 0x2f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/** Where "</tag" closes the element: followed by a space, "/" or ">", as the HTML tokenizer ends it. */
function closingTag(lower: string, tag: string, from: number): number {
  for (let at = lower.indexOf(`</${tag}`, from); at !== -1; at = lower.indexOf(`</${tag}`, at + 1)) {
    const after = lower.charCodeAt(at + tag.length + 2);
    if (Number.isNaN(after) || isTagEnd(after)) return at;
  }
  return -1;
}
