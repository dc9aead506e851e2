/** Strict and relaxed precision, recall and F1 over labelled spans. */
import { overlaps } from '../util/spans';

/** Strict (exact offsets) and relaxed (overlap) precision, recall and F1 for labelled spans. */
export interface LabelledSpan {
  label: string;
  start: number;
  end: number;
}

export interface Counts {
  gold: number;
  predicted: number;
  strictTp: number;
  relaxedPredTp: number;
  relaxedGoldTp: number;
}

export interface Scores {
  label: string;
  gold: number;
  predicted: number;
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, strictTp: 0, relaxedPredTp: 0, relaxedGoldTp: 0 };
}


/** Adds one sentence's gold and predicted spans of one label to the counts. */
export function count(into: Counts, gold: LabelledSpan[], predicted: LabelledSpan[]): void {
  into.gold += gold.length;
  into.predicted += predicted.length;
  into.strictTp += predicted.filter((p) => gold.some((g) => g.start === p.start && g.end === p.end)).length;
  into.relaxedPredTp += predicted.filter((p) => gold.some((g) => overlaps(g, p))).length;
  into.relaxedGoldTp += gold.filter((g) => predicted.some((p) => overlaps(g, p))).length;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function scores(label: string, c: Counts): Scores {
  const sp = ratio(c.strictTp, c.predicted);
  const sr = ratio(c.strictTp, c.gold);
  const rp = ratio(c.relaxedPredTp, c.predicted);
  const rr = ratio(c.relaxedGoldTp, c.gold);
  return { label, gold: c.gold, predicted: c.predicted, strict: { p: sp, r: sr, f1: f1(sp, sr) }, relaxed: { p: rp, r: rr, f1: f1(rp, rr) } };
}
