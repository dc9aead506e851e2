/** The contact extractor: email addresses, phone numbers and web addresses. */
import type { Span } from '../../types/common';
import type { Contact } from '../../types/document';
import type { Extractor, NlpEntity } from '../../contract';
import { withoutOverlap } from '../../util/spans';
import { matchesStartingNear, occurrences } from '../../util/scan-near';
import { trimEndOf } from '../../util/trim';
import { lazy } from '../../util/lazy';

type Item = Span & { value: string };

// Bounded, non-nested quantifiers: linear on any input. A URL runs to the normaliser's longest
// unbroken URL, and ends between code points (the u flag).
const EMAIL = lazy(() => /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}][\p{L}\p{N}._%+'-]{0,63}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,5}(?![\p{L}\p{N}])/gu);
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,2040}|\b[a-z0-9-]{2,63}\.(?:com|co\.uk|org\.uk|org|net|io|gov\.uk|ac\.uk|nhs\.uk|uk|us|jobs)(?:\/[^\s<>"')\]]{0,300})?\b/giu;
// UK (+44 / 0 prefixes) and North American numbers, with the usual separators.
// Spaces, not line breaks: digits on the next line are another number.
const PHONE = /(?:\+44 ?\(0\) ?|\+44 ?|\b0)(?:\d[ -]?){9,10}\b|(?:\+1[ .-]?)?(?:\(\d{3}\) ?|\b\d{3}[ .-])\d{3}[ .-]\d{4}\b/g;

// Every web address has a mark within its first 64 characters: the ':' of "http://", the '.' of
// "www." (after a 'w') or the '.' before one of the top-level domains (a letter that can start one).
const URL_REACH = 63;
const DOMAIN_START = new Set('cCoOnNiIgGaAuUjJ');

function urlMarks(text: string): number[] {
  return occurrences(text, ['.', ':']).filter((i) =>
    text[i] === ':' ? text[i + 1] === '/' : DOMAIN_START.has(text[i + 1]) || text[i - 1] === 'w' || text[i - 1] === 'W',
  );
}

function collect(text: string, re: RegExp, clean: (s: string) => string): Item[] {
  const out: Item[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(item(m, clean));
  return out;
}

function item(m: RegExpExecArray, clean: (s: string) => string): Item {
  const raw = trimEndOf(m[0], '.,;:');
  return { text: raw, start: m.index, end: m.index + raw.length, value: clean(raw) };
}


export function findContacts(text: string): Contact {
  // Every address holds an '@': most postings have none, and need no scan for one.
  const emails = text.includes('@') ? collect(text, EMAIL(), (s) => s.toLowerCase()) : [];
  // (Each list is in text order and disjoint: one merge pass drops what an earlier kind holds, however many.)
  // (Tried only before a mark: a mark with no address at it sent a scan of the rest of the text.)
  const urls = withoutOverlap(
    matchesStartingNear(text, URL, urlMarks(text), URL_REACH).map((m) => item(m, (s) => (/^https?:/i.test(s) ? s : `http://${s}`))),
    emails,
  );
  const phones = withoutOverlap(collect(text, PHONE, (s) => s.replace(/[^\d+]/g, '')), urls);
  return { emails, phones, urls };
}

/** wink's own EMAIL and URL entities, where the patterns above found nothing at that place. */
function fromNlpEntities(contact: Contact, entities: readonly NlpEntity[]): void {
  // (wink's tokens are in text order and never overlap one another.)
  const found = entities.filter((e) => e.type === 'EMAIL' || e.type === 'URL');
  for (const e of withoutOverlap(found, [...contact.emails, ...contact.urls, ...contact.phones])) {
    const item = { text: e.text, start: e.start, end: e.end, value: e.type === 'EMAIL' ? e.text.toLowerCase() : /^https?:/i.test(e.text) ? e.text : `http://${e.text}` };
    (e.type === 'EMAIL' ? contact.emails : contact.urls).push(item);
  }
  contact.emails.sort((a, b) => a.start - b.start);
  contact.urls.sort((a, b) => a.start - b.start);
}

export const contactExtractor: Extractor = {
  name: 'contact',
  run({ doc, result }) {
    result.contact = findContacts(doc.text);
    fromNlpEntities(result.contact, doc.nlpEntities);
  },
};
