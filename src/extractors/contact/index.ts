import type { Span } from '../../types/common';
import type { Contact } from '../../types/document';
import type { Extractor } from '../../pipeline/types';
import { overlaps } from '../../util/spans';

type Item = Span & { value: string };

// Bounded, non-nested quantifiers: linear on any input.
const EMAIL = /\b[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}\b/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,500}|\b[a-z0-9-]{2,63}\.(?:com|co\.uk|org\.uk|org|net|io|gov\.uk|ac\.uk|nhs\.uk|uk|us|jobs)(?:\/[^\s<>"')\]]{0,300})?\b/gi;
// UK (+44 / 0 prefixes) and North American numbers, with the usual separators.
const PHONE = /(?:\+44\s?\(0\)\s?|\+44\s?|\b0)(?:\d[\s-]?){9,10}\b|(?:\+1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g;

function collect(text: string, re: RegExp, clean: (s: string) => string): Item[] {
  const out: Item[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0].replace(/[.,;:]+$/, '');
    out.push({ text: raw, start: m.index, end: m.index + raw.length, value: clean(raw) });
  }
  return out;
}


export function findContacts(text: string): Contact {
  const emails = collect(text, EMAIL, (s) => s.toLowerCase());
  const urls = collect(text, URL, (s) => (/^https?:/i.test(s) ? s : `http://${s}`)).filter((u) => !emails.some((e) => overlaps(u, e)));
  const phones = collect(text, PHONE, (s) => s.replace(/[^\d+]/g, '')).filter((p) => !urls.some((u) => overlaps(p, u)));
  return { emails, phones, urls };
}

export const contactExtractor: Extractor = {
  name: 'contact',
  run({ doc, result }) {
    result.contact = findContacts(doc.text);
  },
};
