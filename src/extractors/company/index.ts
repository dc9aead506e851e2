/** The company extractor: the employer or agency from a header field or JSON-LD. */
import type { Extractor } from '../../contract';

// A logo's alt text after the name, or a board's badge: "Tri-Basin Regional Water District logo", "Covington Valley
// Medical Center Verified Employer".
const LOGO_AFTER = /\s(?:(?:company\s)?logo|(?:verified|featured|top)\semployer)$/i;
const INITIALS = /^([A-Z]{2,3}) (?=\p{Lu})/u;

/** How long the avatar's initials that open `name` are, with their space ("NC " of "NC Northstar Clinical"), or 0. */
function initialsLead(name: string): number {
  const m = INITIALS.exec(name);
  if (!m) return 0;
  const words = name.slice(m[0].length).split(' ', m[1].length);
  return words.length === m[1].length && words.every((w, i) => w[0] === m[1][i]) ? m[0].length : 0;
}

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
      // A logo's alt text names the employer: "Tri-Basin Regional Water District logo"; an avatar's initials before the
      // name are none of it: "NC Northstar Clinical Staffing".
      const logo = LOGO_AFTER.exec(field.text);
      const cut = logo ? { text: field.text.slice(0, logo.index), start: field.start, end: field.start + logo.index } : field;
      const lead = initialsLead(cut.text);
      const span = lead > 0 ? { text: cut.text.slice(lead), start: cut.start + lead, end: cut.end } : cut;
      result.company = { ...span, name: span.text.replace(/\s+/g, ' ').trim(), reason: doc.headerReasons?.company ?? 'company/header-field' };
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
