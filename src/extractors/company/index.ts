/** The company extractor: the employer or agency from a header field or JSON-LD. */
import type { Extractor } from '../../contract';

/**
 * The employer or agency: the feed's `Company:` line, the object's `company`, a page's
 * details box or own titles (see normalise/page/company), or JSON-LD's hiringOrganization found in the text;
 * failing those, the name a page's head alone gives, with an empty span.
 */
export const companyExtractor: Extractor = {
  name: 'company',
  run({ doc, result }) {
    const field = doc.header.company;
    if (field) {
      result.company = { ...field, name: field.text.replace(/\s+/g, ' ').trim(), reason: doc.headerReasons?.company ?? 'company/header-field' };
      return;
    }
    const name = doc.jsonLd?.hiringOrganization;
    if (!name) {
      if (doc.pageCompany) result.company = { text: '', start: 0, end: 0, name: doc.pageCompany, reason: 'company/page-head' };
      return;
    }
    const at = doc.text.indexOf(name);
    // Not in the visible text: an empty span, like JSON-LD pay and places.
    result.company = at === -1 ? { text: '', start: 0, end: 0, name, reason: 'company/json-ld' } : { text: name, start: at, end: at + name.length, name, reason: 'company/json-ld' };
  },
};
