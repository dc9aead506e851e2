import { compileDictionary, loadDictionaries } from '../src/dictionaries';
import { throughput } from './corpus';

/**
 * The skills matcher alone, with the full dictionaries and with an empty
 * one: the difference is what the dictionary size costs per document.
 */
export function benchMatcher(docs: string[]): void {
  const full = compileDictionary('skills', loadDictionaries().skills);
  const empty = compileDictionary('skills', new Map());
  const withFull = throughput(docs, (d) => full.match(d));
  const withEmpty = throughput(docs, (d) => empty.match(d));
  console.log(`skills matcher, ${full.entries.size} skills / ${full.surfaceCount} surface forms: ${withFull.toFixed(0)} docs/s; empty dictionary: ${withEmpty.toFixed(0)} docs/s`);
}
