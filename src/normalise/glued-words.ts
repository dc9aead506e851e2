/**
 * The words of a line as a scraper may have glued them, read apart: a module of
 * its own, which run-on-header and interface-lines read without a cycle
 * (scraped-joins reads plain-header).
 */

// Where a scraper glued two blocks: a lower-case letter, then a capital or a digit ("WebsiteMarketing Coordinator",
// "Specialist4830 W Kennedy Blvd").
const GLUED = /\p{Ll}(?=[\p{Lu}\d])/gu;

/**
 * The words of a line, and the words a scraper glued together apart ("OutdoorAll", "Specialist4830"): a name that
 * joins its words so ("DevOps") is read apart too, which the body's restating of the whole title makes up for.
 */
export function gluedWords(line: string): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const token of line.matchAll(/\S+/g)) {
    let from = 0;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(token[0]); m; m = GLUED.exec(token[0])) {
      out.push(Object.assign([token[0].slice(from, m.index + 1)], { index: token.index! + from }) as RegExpMatchArray);
      from = m.index + 1;
    }
    out.push(Object.assign([token[0].slice(from)], { index: token.index! + from }) as RegExpMatchArray);
  }
  return out;
}
