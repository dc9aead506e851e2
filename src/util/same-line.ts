/**
 * `re` with every `\s` read as a space. The normalised text's only
 * whitespace is " " and the line break, so the pattern then never runs over
 * a line or list-item break ("remote" ending one item, "based" opening the
 * next). Not for a pattern with `\s` in a negated class (`[^\s]`), whose
 * meaning this would turn around.
 */
export function sameLine(re: RegExp): RegExp {
  return new RegExp(sameLineSource(re.source), re.flags);
}

/** A pattern's source with every `\s` read as a space (see sameLine): for a pattern built once, from its source. */
export function sameLineSource(source: string): string {
  return source.replace(/\\s/g, ' ');
}
