/**
 * Patterns read in many short windows (the few words around each amount),
 * compiled once. V8 runs a pattern's first match in its bytecode interpreter
 * and compiles the pattern again, to machine code, for the next one (regexp
 * tier-up), so such a pattern is compiled twice in every process's first
 * extract(); and for a long pattern the bytecode is the dearer compile (the
 * kind of pay after an amount: 4.7 ms against 1.7 ms). V8 compiles a match
 * over a subject of 1,000 characters or more straight to machine code: one
 * such match before a pattern's first use has it compiled once, to machine
 * code. It matches the same everywhere; the match costs microseconds, and
 * elsewhere than V8 that is all it costs.
 */

// Above V8's threshold of a long subject (1,000 characters), in a character no text reaches the patterns with.
const LONG_SUBJECT = '\0'.repeat(1024);

/** A function whose first call has each of `patterns` compiled straight to machine code (their lastIndex kept); later calls do nothing. */
export function machineCodeOnFirstCall(patterns: readonly RegExp[]): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const re of patterns) {
      const at = re.lastIndex;
      re.lastIndex = 0;
      re.exec(LONG_SUBJECT);
      re.lastIndex = at;
    }
  };
}
