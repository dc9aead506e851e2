/** Evaluates span datasets (Green, SkillSpan): one JSONL row per sentence, scored per label. */
import * as fs from 'fs';
import type { JobExtractor } from '../pipeline/extractor';
import type { Entity } from '../types/common';
import { selects } from './mapping';
import { count, Counts, emptyCounts, LabelledSpan, Scores, scores } from './score';

interface SpanRow {
  id: string;
  text: string;
  entities: LabelledSpan[];
}

export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Scores one span dataset (one sentence per row) per label. */
export function evaluateSpans(
  extractor: JobExtractor,
  files: string[],
  mapping: Record<string, { label: Entity['label']; kinds?: string[] }[]>,
): Scores[] {
  const counts = new Map<string, Counts>(Object.keys(mapping).map((l) => [l, emptyCounts()]));
  for (const file of files) {
    for (const row of readJsonl<SpanRow>(file)) {
      const entities = extractor.extract(row.text).entities;
      for (const [label, rules] of Object.entries(mapping)) {
        const gold = row.entities.filter((e) => e.label === label);
        const predicted = dedupe(entities.filter((e) => selects(rules, e)));
        count(counts.get(label)!, gold, predicted.map((e) => ({ label, start: e.start, end: e.end })));
      }
    }
  }
  return [...counts].map(([label, c]) => scores(label, c));
}

/** One prediction per distinct span: a span found by two rules counts once. */
function dedupe(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((e) => {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
