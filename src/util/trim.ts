/**
 * `s` without the trailing characters found in `chars`. A loop, because the
 * regex `/[…]+$/` is tried from every position of a long run of those
 * characters: quadratic.
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}
