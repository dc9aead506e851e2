import type { Block, HeaderField, JobPostingLd } from '../pipeline/types';
import type { InputField, Span, Warning } from '../types/common';
import type { InputKind } from '../types/document';
import type { PostingInput } from '../types/result';
import { detectKind } from './detect';
import { normaliseHtml } from './html';
import { identity, MappedText, MappedTextBuilder } from './mapped-text';
import { appendBlock, structureLines } from './structure';
import { splitFeedJoins } from './feed-joins';
import { splitScrapedJoins } from './scraped-joins';
import { isPayOnly } from './pay-only';
import { cleanText } from './text-fixes';

/**
 * The document normaliser: any input becomes one clean text with blocks and
 * an offset map. Object input is laid out as one virtual source (its fields
 * one after another); `regions` tells which field each source offset is in.
 */
export interface FieldRegion {
  field: InputField;
  /** Where the field starts in the virtual source. */
  base: number;
  length: number;
}

export interface NormalisedDocument {
  inputKind: InputKind;
  mapped: MappedText;
  blocks: Block[];
  header: Partial<Record<HeaderField, Span>>;
  jsonLd: JobPostingLd | null;
  /** The Adzuna feed's marks: masked `****` numbers. */
  feedMarks: boolean;
  /** Object input only. */
  regions: FieldRegion[];
  warnings: Warning[];
}

const FEED_LINE = /^[ \t]*(title|webindex|company|location|salary|description)[ \t]*:[ \t]*/i;
const MASK = /\*{3,}/;

class Builder {
  readonly out = new MappedTextBuilder();
  readonly blocks: Block[] = [];
  readonly header: Partial<Record<HeaderField, Span>> = {};
  readonly warnings: Warning[] = [];
  jsonLd: JobPostingLd | null = null;

  field(m: MappedText, s: number, e: number, field: HeaderField): void {
    while (s < e && /\s/.test(m.text[s])) s++;
    while (e > s && /\s/.test(m.text[e - 1])) e--;
    if (s >= e) return;
    const block = appendBlock(m, s, e, 'field', this.out, this.blocks, { field });
    this.header[field] = { text: m.text.slice(s, e), start: block.start, end: block.end };
  }

  /** The feed's header block: `Title:`, `Webindex:`, `Company:` lines, then the description. */
  feed(m: MappedText, from: number, to: number): void {
    const t = m.text;
    let pos = from;
    while (pos < to) {
      let lineEnd = t.indexOf('\n', pos);
      if (lineEnd === -1 || lineEnd > to) lineEnd = to;
      const label = FEED_LINE.exec(t.slice(pos, lineEnd));
      if (label) {
        const key = label[1].toLowerCase() as HeaderField;
        const valueStart = pos + label[0].length;
        if (key === 'description') {
          const descStart = this.out.size;
          structureLines(m, valueStart, to, this.out, this.blocks);
          this.header.description = { text: this.out.peek(descStart), start: descStart, end: this.out.size };
          return;
        }
        this.field(m, valueStart, lineEnd, key);
      } else {
        structureLines(m, pos, lineEnd, this.out, this.blocks);
      }
      pos = lineEnd + 1;
    }
  }

  text(source: string, base: number, kind: Exclude<InputKind, 'object'>): void {
    if (kind === 'html') {
      const html = normaliseHtml(source, base, this.out, this.blocks, this.warnings);
      this.jsonLd = this.jsonLd ?? html.jsonLd;
      if (html.firstHeading && !this.header.title) {
        const b = html.firstHeading;
        this.header.title = { text: this.out.peek(b.start, b.end), start: b.start, end: b.end };
      }
      return;
    }
    const m = splitScrapedJoins(splitFeedJoins(cleanText(shift(identity(source), base))));
    if (kind === 'feed') this.feed(m, 0, m.text.length);
    else structureLines(m, 0, m.text.length, this.out, this.blocks);
  }
}

// "Location: Leeds", "Salary: £25k", "Company: Acme Ltd" in a text or HTML posting: the structurer made a
// label heading and a value block of them, which are the fields a feed block would have given.
const FIELD_LABELS: ReadonlyArray<[RegExp, HeaderField]> = [
  [/^(?:job\s|work\s|office\s|primary\s)?location\s?:$/i, 'location'],
  [/^(?:salary|pay|rate|compensation|remuneration)\s?:$/i, 'salary'],
  [/^(?:company|employer|hiring company|organi[sz]ation)\s?:$/i, 'company'],
];
const MAX_FIELD_VALUE = 120;

function labelledFields(text: string, blocks: readonly Block[], header: Partial<Record<HeaderField, Span>>): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const label = blocks[i];
    const value = blocks[i + 1];
    if (label.kind !== 'heading' || value.kind === 'heading' || value.end - value.start > MAX_FIELD_VALUE) continue;
    const field = FIELD_LABELS.find(([re]) => re.test(text.slice(label.start, label.end).trim()))?.[1];
    if (field && !header[field]) header[field] = { text: text.slice(value.start, value.end), start: value.start, end: value.end };
  }
}

function shift(m: MappedText, base: number): MappedText {
  if (base === 0) return m;
  for (let i = 0; i < m.srcStart.length; i++) {
    m.srcStart[i] += base;
    m.srcEnd[i] += base;
  }
  return m;
}

const OBJECT_FIELDS: InputField[] = ['title', 'company', 'location', 'salary', 'text', 'html'];
/** Separates fields in the virtual source, so no span can run from one field into the next. */
const FIELD_GAP = 2;

export function normalise(input: string | PostingInput): NormalisedDocument {
  const b = new Builder();
  let inputKind: InputKind;
  const regions: FieldRegion[] = [];
  if (typeof input === 'string') {
    inputKind = detectKind(input);
    if (inputKind === 'text' && isPayOnly(input)) {
      const m = cleanText(identity(input));
      b.field(m, 0, m.text.length, 'salary');
    } else b.text(input, 0, inputKind);
  } else {
    inputKind = 'object';
    let base = 0;
    for (const field of OBJECT_FIELDS) {
      const value = input[field];
      if (value === undefined || value === null || value === '') continue;
      regions.push({ field, base, length: value.length });
      if (field === 'text' || field === 'html') {
        b.text(value, base, field === 'html' ? 'html' : detectKind(value) === 'feed' ? 'feed' : 'text');
      } else {
        const m = cleanText(shift(identity(value), base));
        b.field(m, 0, m.text.length, field);
      }
      base += value.length + FIELD_GAP;
    }
  }
  const mapped = b.out.build();
  labelledFields(mapped.text, b.blocks, b.header);
  return {
    inputKind,
    mapped,
    blocks: b.blocks,
    header: b.header,
    jsonLd: b.jsonLd,
    feedMarks: MASK.test(mapped.text),
    regions,
    warnings: b.warnings,
  };
}
