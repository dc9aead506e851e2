/**
 * A details row whose value says its label is not there: "Drug test: No", "Relocation expenses reimbursed: No",
 * "Security clearance: None". A dictionary match in such a label is no requirement and no benefit.
 */
// The row is read within a bounded window around the match.
const ROW_BEFORE = 60;
const ROW_AFTER = 60;
const DENIED_ROW = /^[^:\n]*:[ \t]*(?:no|none|not\s(?:required|needed|applicable|offered|provided)|n\/a)\.?[ \t]*(?:\n|$)/i;

/** Whether `[start, end)` stands in the label of a details row whose value denies it. */
export function deniedByItsRow(text: string, m: { start: number; end: number }): boolean {
  const floor = Math.max(0, m.start - ROW_BEFORE);
  const label = text.slice(floor, m.start);
  const lineStart = label.lastIndexOf('\n');
  if ((lineStart === -1 && floor > 0) || label.slice(lineStart + 1).includes(':')) return false;
  return DENIED_ROW.test(text.slice(m.end, m.end + ROW_AFTER));
}
