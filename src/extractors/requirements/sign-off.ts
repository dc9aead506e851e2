/**
 * The sign-off of a message: a recruiter's message or a forwarded posting
 * closes with "Best," or "Kind regards," and the sender's name, title and
 * agency ("Alex Morgan / Talent Partner, Contoso Recruitment"). The sender's
 * title is no occupation of the job, the agency's name no skill.
 */
import type { AnalysedDocument } from '../../contract';
import type { Range } from '../../util/spans';

const SIGN_OFF = /^(?:best|best wishes|all the best|kind regards|regards|best regards|warm regards|many thanks|thanks|thank you|cheers|sincerely|yours sincerely|yours faithfully|speak soon)[,.!]?$/i;
/** How many of the last blocks may be the sign-off line. */
const LAST_BLOCKS = 6;
/** How much text may follow it: a name, a title, an agency, a phone number. */
const MAX_SIGNATURE = 300;

const cache = new WeakMap<AnalysedDocument, Range[]>();

/** The sign-off and the signature under it, as one range at the end of the text (none when the text has none). */
export function signOff(doc: AnalysedDocument): Range[] {
  let ranges = cache.get(doc);
  if (!ranges) {
    ranges = [];
    const { blocks, text } = doc;
    for (let i = Math.max(0, blocks.length - LAST_BLOCKS); i < blocks.length; i++) {
      const b = blocks[i];
      if (text.length - b.end <= MAX_SIGNATURE && SIGN_OFF.test(text.slice(b.start, b.end).trim())) {
        ranges.push({ start: b.start, end: text.length });
        break;
      }
    }
    cache.set(doc, ranges);
  }
  return ranges;
}
