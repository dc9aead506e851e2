import type { Block } from '../contract';
import type { Section, SectionKind } from '../types/document';
import { lookupHeading } from './headings';
import { labelField } from '../normalise/field-labels';
import { lastStartingBy } from '../util/spans';

/**
 * Splits the body into sections. A heading block opens a section of the kind
 * its words announce; an unknown heading inside a section is a sub-label and
 * keeps it. A list lead-in ("You MUST have the following skills /
 * experience") opens a section too, carrying its essential / desirable cue.
 * Text before any heading is classified by its opening words.
 */

interface Opener {
  kind: SectionKind;
  required?: boolean;
  reason: string;
}

// "... the following", "You MUST have the following skills / experience", "... as follows:".
const LEAD_IN_END = /\b(?:the following|as follows|following|below)\b[^.!?:]{0,40}:?\s*$|:\s*$/i;
const REQUIRED_CUE = /\b(?:must|essential|required|mandatory|minimum)\b/i;
const PREFERRED_CUE = /\b(?:desirable|preferred|advantage|advantageous|nice to have|ideally|bonus)\b/i;

function leadInKind(text: string): SectionKind | null {
  if (/\b(?:skills?|experience|requirements?|qualifications?|must have|essential|desirable|looking for|you will need|you will have)\b/i.test(text)) return 'requirements';
  if (/\b(?:responsibilit\w*|duties|role (?:incorporates|includes|involves)|you will be|tasks)\b/i.test(text)) return 'responsibilities';
  if (/\b(?:benefits?|we offer|package|in return)\b/i.test(text)) return 'benefits';
  return null;
}

function requiredCue(text: string): boolean | undefined {
  if (PREFERRED_CUE.test(text)) return false;
  if (REQUIRED_CUE.test(text)) return true;
  return undefined;
}

/** The last sentence of a block, where a list lead-in stands. */
function lastSentence(text: string): string {
  const cut = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '));
  return cut === -1 ? text : text.slice(cut + 2);
}

function openerOf(block: Block, text: string, described: boolean): Opener | null {
  if (block.kind === 'heading') {
    if (earlyButton(text, described)) return null;
    const info = lookupHeading(text, text.trim().endsWith(':'));
    if (info) return { kind: info.kind, required: info.required ?? requiredCue(text), reason: 'section/heading' };
    return null;
  }
  const tail = lastSentence(text);
  if (tail.length <= 120 && LEAD_IN_END.test(tail)) {
    const kind = leadInKind(tail);
    if (kind) return { kind, required: requiredCue(tail), reason: 'section/lead-in' };
  }
  return null;
}

// Agency ads open with "Our client has a vacancy for ..." / "is seeking ...": that describes the role, not the company;
// so does "We are looking for a Data Analyst with ...".
const COMPANY_OPENING = /^(?:(?:we are|we're)(?! (?:currently |now |actively )?(?:looking|seeking|hiring|recruiting|searching|in search))|founded|established|about us)\b/i;
// "Benevis is a comprehensive ...", "Smith & Co are the leading ...".
const COMPANY_NAME_OPENING = /^[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3} (?:is|are) (?:a|an|the|one)\b/;
const APPLY_OPENING = /^(?:to apply|please apply|apply now|if you (?:are interested|wish to apply|have not heard)|due to the (?:high|large) (?:volume|number)|send (?:your|a) (?:cv|resume)|this job was originally posted)/i;
// A page's apply button or link on a line of its own ("Apply now", "Apply now »"): above the description (no
// duties, requirements or benefits read yet) a control, which opens no how-to-apply section; below it, the end of
// the posting, before the page's own teasers.
const APPLY_BUTTON = /^(?:apply now|please apply|apply now for this (?:job|position|role))[\s!.»›>→]{0,3}$/i;
const earlyButton = (text: string, described: boolean) => !described && APPLY_BUTTON.test(text);
const appliesHere = (text: string, described: boolean) => APPLY_OPENING.test(text) && !earlyButton(text, described);
const DESCRIBING: ReadonlySet<SectionKind> = new Set(['responsibilities', 'requirements', 'benefits']);

function headlessKind(text: string, described = false): SectionKind {
  if (appliesHere(text, described)) return 'how_to_apply';
  if (COMPANY_OPENING.test(text) || COMPANY_NAME_OPENING.test(text)) return 'company';
  return 'other';
}

// A details row printed as a heading over its value ("Salary:" / "£40,000 - £48,000"): the row holds its value only,
// and what follows it (a list of requirements) is not pay or benefits: the section the row interrupted goes on.
const MAX_ROW_VALUE = 80;

const ENDED_BY_ROW: ReadonlySet<SectionKind> = new Set(['company', 'benefits', 'how_to_apply']);
// What goes on about the pay or the perks after the row ("The ultimate compensation offered ...", "Plus a pension")
// stays in the row's section.
const PAY_TALK = /\b(?:compensation|salary|pay|bonus|benefits?|pension|holidays?|insurance|pto|401\(?k\)?|perks|package|allowance|commission)\b/i;
const PAY_TALK_REACH = 160;

/** Whether a section is a details row: a label's heading and a short value. */
function isRow(text: string, section: Section): boolean {
  return section.heading !== null && text.slice(section.heading.start, section.heading.end).trimEnd().endsWith(':') && section.end - section.heading.end <= MAX_ROW_VALUE + 1;
}

export function detectSections(text: string, blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  let described = false;
  // The current section is a row's label, its value next (1), or holds its value already (2); the section before it.
  let row = 0;
  let beforeRow: Section | null = null;
  const close = (end: number) => {
    if (current) current.end = Math.max(current.start, end);
  };
  for (const block of blocks) {
    if (block.kind === 'field') continue;
    const blockText = text.slice(block.start, block.end);
    // Every section is the current one for a while: the kinds seen so far, without a pass over them per block.
    if (current) described ||= DESCRIBING.has(current.kind);
    const opener = openerOf(block, blockText, described);
    if (opener) {
      const isHeading = block.kind === 'heading';
      // A lead-in opens its section after itself; a heading includes itself.
      const start = isHeading ? block.start : block.end;
      if (!isHeading && current === null) {
        current = { kind: headlessKind(blockText), heading: null, start: block.start, end: block.end, reason: 'section/opening-words' };
        sections.push(current);
      }
      close(isHeading ? block.start : block.end);
      beforeRow = current;
      current = {
        kind: opener.kind,
        heading: isHeading ? { text: blockText, start: block.start, end: block.end } : null,
        start,
        end: block.end,
        reason: opener.reason,
      };
      if (opener.required !== undefined) current.required = opener.required;
      sections.push(current);
      row = isHeading && blockText.trimEnd().endsWith(':') && labelField(blockText) !== undefined ? 1 : 0;
      continue;
    }
    if (row === 1 && block.kind !== 'list_item' && block.end - block.start <= MAX_ROW_VALUE && current) {
      current.end = block.end;
      row = 2;
      continue;
    }
    if (row === 2 && block.kind !== 'heading' && !PAY_TALK.test(blockText.slice(0, PAY_TALK_REACH))) {
      row = 0;
      // Duties or requirements go on after a row; a row after a row ("Benefits: Pension, ..." then "Salary:" / "£30,000"),
      // or after the company's blurb or the perks, opens what comes next.
      const resumed: Section | null = beforeRow && !isRow(text, beforeRow) && !ENDED_BY_ROW.has(beforeRow.kind) ? beforeRow : null;
      current = { kind: resumed?.kind ?? 'other', heading: null, start: block.start, end: block.end, reason: 'section/after-row' };
      if (resumed?.required !== undefined) current.required = resumed.required;
      sections.push(current);
      continue;
    }
    row = 0;
    if (current === null || (block.kind === 'heading' && current.reason === 'section/opening-words')) {
      current = {
        kind: block.kind === 'heading' ? 'other' : headlessKind(blockText, described),
        heading: block.kind === 'heading' ? { text: blockText, start: block.start, end: block.end } : null,
        start: block.start,
        end: block.end,
        reason: block.kind === 'heading' ? 'section/unknown-heading' : 'section/opening-words',
      };
      sections.push(current);
      continue;
    }
    if (appliesHere(blockText, described) && current.kind !== 'how_to_apply') {
      close(block.start);
      current = { kind: 'how_to_apply', heading: null, start: block.start, end: block.end, reason: 'section/opening-words' };
      sections.push(current);
      continue;
    }
    // The first paragraph under an unknown heading (the job title) says what the section is.
    if (current.reason === 'section/unknown-heading' && current.end === current.heading?.end) current.kind = headlessKind(blockText, described);
    current.end = block.end;
  }
  return sections.filter((s) => s.end > s.start);
}

/** The section that offset `at` stands in, if any. */
export function sectionAt(sections: readonly Section[], at: number): Section | undefined {
  // Sections are in text order and never overlap (detectSections closes each where the next opens): a binary search,
  // as extractors ask for every sentence.
  const s = sections[lastStartingBy(sections, at)];
  return s !== undefined && at < s.end ? s : undefined;
}
