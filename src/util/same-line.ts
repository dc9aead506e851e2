/**
 * `re` with every `\s` read as a space. The normalised text's only
 * whitespace is " " and the line break, so the pattern then never runs over
 * a line or list-item break ("remote" ending one item, "based" opening the
 * next). Not for a pattern with `\s` in a negated class (`[^\s]`), whose
 * meaning this would turn around.
 */
export function sameLine(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/\\s/g, ' '), re.flags);
}
