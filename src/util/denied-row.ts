/**
 * Details rows whose value says their label is not there: "Drug test: No", "Relocation expenses reimbursed: No",
 * "Security clearance: None". A dictionary match in such a label is no requirement and no benefit.
 */
import { inRanges, type Range } from './spans';

// A label of a line (at most 60 characters, no colon) before a value that denies it, on the same line or, where
// the normaliser broke a details row after its label ("Travel Required:" / "Not required"), on the next.
const DENIED_LABEL = /^[^:\n]{1,60}(?=:[ \t]*(?:\n[ \t]*)?(?:no|none|not\s(?:required|needed|applicable|offered|provided)|n\/a)\.?[ \t]*$)/gim;

// Found once per document, for every dictionary that asks.
const cache = new WeakMap<object, Range[]>();

function deniedLabels(doc: { text: string }): Range[] {
  let ranges = cache.get(doc);
  if (!ranges) {
    ranges = [];
    DENIED_LABEL.lastIndex = 0;
    for (let m = DENIED_LABEL.exec(doc.text); m; m = DENIED_LABEL.exec(doc.text)) ranges.push({ start: m.index, end: m.index + m[0].length });
    cache.set(doc, ranges);
  }
  return ranges;
}

/** Whether `[start, end)` of the document's text stands in the label of a details row whose value denies it. */
export function deniedByItsRow(doc: { text: string }, m: Range): boolean {
  const ranges = deniedLabels(doc);
  return ranges.length > 0 && inRanges(ranges, m.start);
}
