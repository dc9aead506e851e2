import { escapeHtml } from './escape';

/** One span to mark in the text, already placed in it. */
export interface Mark {
  start: number;
  end: number;
  /** Anchor id of the mark (on its first piece). */
  id: string;
  className: string;
  /** Shown on hover (title) and on focus. */
  tip: string;
}

/**
 * `text` as HTML with every mark in place. Marks may nest or cross (a skill
 * inside an experience requirement): the text is cut at every boundary and
 * each piece is wrapped in the marks that cover it, outermost first, so a
 * crossing mark continues in a second element (without the id). Linear in
 * the text plus the boundaries times the marks open at each.
 */
export function markText(text: string, marks: readonly Mark[]): string {
  const order = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const bounds = [...new Set([0, text.length, ...order.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: string[] = [];
  let open: Mark[] = [];
  let active: Mark[] = [];
  const started = new Set<Mark>();
  let next = 0;
  for (let b = 0; b < bounds.length - 1; b++) {
    const [from, to] = [bounds[b], bounds[b + 1]];
    active = active.filter((m) => m.end > from);
    while (next < order.length && order[next].start <= from) active.push(order[next++]);
    const want = active.filter((m) => m.end >= to);
    let keep = 0;
    while (keep < open.length && keep < want.length && open[keep] === want[keep]) keep++;
    for (let i = open.length - 1; i >= keep; i--) out.push('</mark>');
    for (let i = keep; i < want.length; i++) {
      const m = want[i];
      const first = !started.has(m);
      started.add(m);
      const attrs = first ? ` id="${escapeHtml(m.id)}" tabindex="0"` : '';
      out.push(`<mark class="${m.className}${first ? '' : ' cont'}" data-d="${Math.min(i, 3)}" title="${escapeHtml(m.tip)}" data-tip="${escapeHtml(m.tip)}"${attrs}>`);
    }
    open = want;
    out.push(escapeHtml(text.slice(from, to)));
  }
  for (let i = 0; i < open.length; i++) out.push('</mark>');
  return out.join('');
}
