/** Character classes of the joins' checks, by UTF-16 code (NaN, past either end of a string, is in none). */

export function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

export function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A regex word character (`\w`): `\b` stands between one and a character that is not. */
export function isWordChar(c: number): boolean {
  return isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c) || c === 0x5f;
}

/** Whether the `n` characters just before `at` are all of the class `is`. */
export function runBefore(t: string, at: number, n: number, is: (c: number) => boolean): boolean {
  if (at < n) return false;
  for (let k = at - n; k < at; k++) if (!is(t.charCodeAt(k))) return false;
  return true;
}
