/** `s` with every character a pattern reads as syntax escaped: matched as written. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Words as one pattern alternation, longest first (so "ريال سعودي" is tried before "ريال"), each matched as written. */
export function alternationOf(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
