/** Detects whether a string is HTML (escaped HTML too), the UK feed's block, or plain text. */
import type { InputKind } from '../types/document';
import { isEscapedHtml } from './escaped-html';

// A known tag near the start. Bounded quantifiers: linear on any input.
const HTML_TAG = /<\/?(?:html|head|body|div|p|br|ul|ol|li|h[1-6]|span|table|tr|td|strong|b|em|i|section|article|a|script|meta|!doctype)\b[^<>]{0,500}>/i;
const FEED_TITLE = /^\s*title\s*:/i;
const FEED_FIELD = /^(?:description|company|webindex)\s*:/im;

/** Which kind of string the caller passed: HTML, the feed's header block, or plain text. */
export function detectKind(input: string): Exclude<InputKind, 'object'> {
  const head = input.slice(0, 20000);
  if (HTML_TAG.test(head)) return 'html';
  if (FEED_TITLE.test(head) && FEED_FIELD.test(head)) return 'feed';
  if (isEscapedHtml(head)) return 'html';
  return 'text';
}

// What only a page's own scripts and styles hold, never a posting's text (a developer's posting may show code, not a
// page's plumbing): the DOM's objects, a minified function, tag managers' calls, a CSS rule or media query.
const PAGE_SCRIPT =
  /\b(?:window|document)\.[\w$]{2,40}\s?[.(=[,;)]|\b(?:localStorage|sessionStorage)\.|\.(?:addEventListener|querySelector(?:All)?|getElementById|createElement|setAttribute)\(|function\s?\([\w,\s]{0,40}\)\s?\{|\b(?:dataLayer|gtag|__NEXT_DATA__|webpackChunk\w{0,40})\b|@media\s?(?:\(|screen)|[.#][\w-]{1,40}\{[a-z-]{2,30}:[^;{}\n]{1,80};/g;
/** How many of those marks the text's head must hold. */
const MIN_SCRIPT_MARKS = 3;

/** Whether plain text holds a page's script or style code, as a DOM's `textContent` keeps it. */
export function holdsPageScripts(text: string): boolean {
  const head = text.slice(0, 50000);
  // A page's scripts and styles hold braces; most postings none.
  if (head.indexOf('{') === -1) return false;
  PAGE_SCRIPT.lastIndex = 0;
  let marks = 0;
  while (PAGE_SCRIPT.exec(head)) if (++marks >= MIN_SCRIPT_MARKS) return true;
  return false;
}
