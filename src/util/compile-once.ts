/**
 * A loop that never matches anything (an empty class, repeated), for a
 * pattern to hold before a long part it can reach in many ways: after a run
 * of optional words, or of spaces, of different lengths. V8 compiles such a
 * part again for each way in (up to ten copies), which is most of what a
 * pattern like that costs on its first use in a process; a loop before it
 * has the part compiled once. It matches the empty string only, so the
 * pattern matches exactly as without it.
 */
export const COMPILE_ONCE = '[]*';
