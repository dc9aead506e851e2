/** Groups benefits-dictionary hits into one Benefit per entry. */
import type { DictionaryMatch } from '../../dictionaries/types';
import type { Benefit } from '../../types/result';
import { reasonUnder } from '../../dictionaries/reason';

/**
 * Dictionary hits grouped into one Benefit per entry, in order of first
 * mention, each mention keeping how the dictionary matched it
 * (`benefits/alias`, `benefits/lemma` ...).
 */
export function groupBenefits(matches: readonly DictionaryMatch[]): Benefit[] {
  const byId = new Map<string, Benefit>();
  for (const m of matches) {
    let b = byId.get(m.entry.id);
    if (!b) {
      b = { id: m.entry.id, name: m.entry.name, mentions: [] };
      byId.set(m.entry.id, b);
    }
    b.mentions.push({ text: m.text, start: m.start, end: m.end, reason: reasonUnder('benefits', m.reason) });
  }
  return [...byId.values()];
}
