/** One dictionary matched over the whole posting (lemmas and plurals included), the company header and the employer's name left out. */
import type { DictionaryMatch, DictionaryType } from '../../dictionaries/types';
import type { AnalysedDocument, ExtractorContext } from '../../contract';
import { legalStatements } from './legal-statements';
import { inRanges, insideLonger, type Range } from '../../util/spans';
import { deniedByItsRow } from '../../util/denied-row';
import { signOff } from './sign-off';
import { inGradeRow } from '../../util/grade-rows';
import { withoutLegalForm } from '../company/legal-form';
import { codeBesideFigure } from '../salary/currency';

// Built once per document and shared by every lookup that needs it.
const pluralCache = new WeakMap<AnalysedDocument, ReadonlyMap<number, string>>();

/**
 * The document's lemmas, plus a singular for plurals the tagger leaves alone
 * (capitalised ones it reads as proper nouns: "Patient Care Coordinators";
 * rarer nouns: "introducers"). The trie tries the word itself first.
 */
function lemmasWithPlurals(doc: AnalysedDocument): ReadonlyMap<number, string> {
  let lemmas = pluralCache.get(doc);
  if (!lemmas) {
    const map = new Map(doc.lemmas);
    for (const t of doc.tokens) {
      // The last letter first: most tokens are no plural, and the pattern need not run for them.
      if (t.text.charCodeAt(t.text.length - 1) !== 0x73 || map.has(t.start) || !/^[A-Za-z]+[a-rt-z]s$/.test(t.text)) continue;
      map.set(t.start, t.normal.endsWith('ies') ? `${t.normal.slice(0, -3)}y` : t.normal.slice(0, -1));
    }
    lemmas = map;
    pluralCache.set(doc, lemmas);
  }
  return lemmas;
}

// Where the text names the employer, once per document.
const companyCache = new WeakMap<AnalysedDocument, Range[]>();

/**
 * Every place the text writes the employer's name of several words, with or without its legal form ("Northwind Traders" in a page's header, its
 * "Salaries at ..." box, its sign-off): a word of it is the name's ("Traders" is no occupation). A one-word name
 * is left alone: "experience with Salesforce" at Salesforce asks for the product.
 */
function companyMentions(doc: AnalysedDocument): Range[] {
  let ranges = companyCache.get(doc);
  if (!ranges) {
    ranges = [];
    const full = (doc.header.company?.text ?? doc.pageCompany ?? '').trim();
    // The text names it without its legal form too: "Northwind Traders is looking for" under "Northwind Traders Ltd".
    // A one-word name is left alone even so ("Salesforce Inc" asks for Salesforce).
    const short = withoutLegalForm(full);
    const name = short.includes(' ') ? short : full;
    if (name.includes(' ')) {
      for (let at = doc.text.indexOf(name); at !== -1; at = doc.text.indexOf(name, at + name.length)) {
        ranges.push({ start: at, end: at + (doc.text.startsWith(full, at) ? full : name).length });
      }
    }
    companyCache.set(doc, ranges);
  }
  return ranges;
}

/** The spans of the certifications found, in text order. */
function certificateSpans(result: ExtractorContext['result']): Range[] {
  return [...(result.certifications ?? [])].sort((a, b) => a.start - b.start);
}

// The spans of places and pay in text order, once per result: every dictionary type asks.
const ownedCache = new WeakMap<object, Range[]>();
// The tax a rate is quoted without or with, right after the pay: "£400 per day + VAT", "$95/hr plus GST", "netto + VAT".
const TAX_AFTER_PAY = /^[ \t]{0,2}(?:(?:net|netto|gross|brutto)[ \t]{1,2})?(?:\+|plus|excl\.?|exclusive\sof|incl\.?|inclusive\sof)[ \t]{0,2}(?:VAT|GST|HST|tax)\b/i;
const TAX_REACH = 24;

function ownedSpans(result: ExtractorContext['result'], text: string): Range[] {
  let spans = ownedCache.get(result);
  if (!spans) {
    const pay = (result.salaries ?? []).map((s) => {
      const tax = TAX_AFTER_PAY.exec(text.slice(s.end, s.end + TAX_REACH));
      return tax ? { start: s.start, end: s.end + tax[0].length } : s;
    });
    spans = [...(result.locations ?? []), ...pay].filter((l) => l.end > l.start).sort((a, b) => a.start - b.start);
    ownedCache.set(result, spans);
  }
  return spans;
}

/**
 * Matches of one dictionary over the whole text (lemmas let "nurses" match
 * "nurse"), leaving out the company header, equal-opportunity statements and
 * words inside a longer place name, the pay or the employer's name: an employer's name, its legal
 * text, a message's signature, a place or a pay string is not a requirement, an occupation or a sector mention; nor is a
 * details row's label whose value is "No" ("Drug test: No"), nor a grade row's value ("Job grade: Executive Officer").
 */
export function dictionaryMatches(ctx: ExtractorContext, type: DictionaryType): DictionaryMatch[] {
  const { doc } = ctx;
  const matches = ctx.dictionaries[type].match(doc.text, 0, doc.text.length, lemmasWithPlurals(doc));
  const company = doc.header.company;
  const legal = legalStatements(doc);
  const signature = signOff(doc);
  // A word inside a longer place's name is the place's: the "PA" of "Pittsburgh, PA" is no Personal Assistant; one
  // inside the pay is the pay's: the "CAD" of "$150,000 - $180,000 CAD" is no computer-aided design, nor the "VAT" of
  // "£400 per day + VAT" a skill.
  const owned = ownedSpans(ctx.result, doc.text);
  const named = companyMentions(doc);
  // A skill's words inside a certificate's name are the certificate's: "Barring Service" of the Disclosure and Barring
  // Service check is no bar work (certifications are read before skills).
  const certified = type === 'skills' ? certificateSpans(ctx.result) : [];
  return matches.filter(
    (m) =>
      (!company || m.end <= company.start || m.start >= company.end) &&
      !inRanges(legal, m.start) &&
      !inRanges(signature, m.start) &&
      !insideLonger(owned, m) &&
      !insideLonger(certified, m) &&
      // A currency's code beside a figure is money, pay or not: the "AED" of "sales targets of AED 40 million" is no defibrillator.
      !codeBesideFigure(doc.text, m.start, m.end) &&
      // The sector a name states is the employer's: "Barchester Healthcare" still says healthcare.
      (type === 'domains' || !insideLonger(named, m)) &&
      !deniedByItsRow(doc, m) &&
      !(type !== 'qualifications' && inGradeRow(doc, m)),
  );
}
