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
