import type { Warning } from '../types/common';

/**
 * Deeper than this, start tags are read as spaces. parse5's time grows with
 * the square of the open-element depth (20,000 nested `<div>`s take seconds);
 * real pages nest a few dozen deep.
 */
const MAX_HTML_DEPTH = 400;

// Elements that never hold others, or that the parser closes by itself when a
// sibling opens (`<p>`, `<li>`, `<td>` left open do not make a page deeper).
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp',
  'colgroup', 'caption', 'html', 'head', 'body',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes']);

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;

/** Where the end tag `</name` (any case) starts at or after `from`, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  for (let p = html.indexOf('</', from); p !== -1; p = html.indexOf('</', p + 1)) {
    if (html.slice(p + 2, p + 2 + name.length).toLowerCase() === name) return p;
  }
  return -1;
}

/**
 * Caps the element depth of `html`: a start tag that would open an element
 * deeper than `MAX_HTML_DEPTH` (and its end tag) becomes as many spaces, so
 * the text inside stays, flattened into the deepest kept element, and every
 * offset stays where it was. One scan, each character read a bounded number
 * of times.
 */
export function capHtmlDepth(html: string, warnings: Warning[]): string {
  const blanks: [number, number][] = [];
  let depth = 0;
  let hidden = 0;
  let pos = html.indexOf('<');
  while (pos !== -1) {
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      if (end === -1) break;
      pos = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[pos + 1] === '/';
    let k = pos + (closing ? 2 : 1);
    while (k < html.length && isNameChar(html.charCodeAt(k))) k++;
    // Only the tag's name is lower-cased, never a copy of the page.
    const name = html.slice(pos + (closing ? 2 : 1), k).toLowerCase();
    if (name === '') {
      pos = html.indexOf('<', pos + 1);
      continue;
    }
    const gt = html.indexOf('>', k);
    if (gt === -1) break; // no tag can end any more
    let next = gt + 1;
    if (closing) {
      if (hidden > 0 && !NOT_NESTING.has(name)) {
        blanks.push([pos, gt + 1]);
        hidden--;
      } else if (!NOT_NESTING.has(name) && depth > 0) depth--;
    } else if (!NOT_NESTING.has(name) && html[gt - 1] !== '/') {
      if (depth >= MAX_HTML_DEPTH) {
        blanks.push([pos, gt + 1]);
        hidden++;
      } else depth++;
      if (RAW_TEXT.has(name)) {
        // Its text is not markup: go on after its end tag (kept or blanked with it).
        const end = findEndTag(html, name, gt + 1);
        next = end === -1 ? html.length : end;
      }
    }
    pos = html.indexOf('<', next);
  }
  if (blanks.length === 0) return html;
  warnings.push({
    code: 'html/too-deep',
    message: `The HTML nests elements more than ${MAX_HTML_DEPTH} deep; ${blanks.length} deeper tags were read as spaces.`,
  });
  const out: string[] = [];
  let at = 0;
  for (const [s, e] of blanks) {
    out.push(html.slice(at, s), ' '.repeat(e - s));
    at = e;
  }
  out.push(html.slice(at));
  return out.join('');
}
