import { type DomNode, tagName, textOf, words } from './dom';

/**
 * The employer's name as the page's markup names it: an element whose class,
 * id or test attribute says "company-name", "employerName", "advertiser-name",
 * "hiring-organization" (boards name them so for their own scripts and tests),
 * outside the page's furniture. A name only when every such element agrees: a
 * list of job cards marks many. A button that holds one (a link to the
 * employer's profile) is read, though buttons are otherwise controls.
 */
const EMPLOYER_HINT = /(?:^| )(?:company|employer|advertiser|organi[sz]ation|org|recruiter) name(?: |$)|^(?:company|employer|advertiser|hiring (?:company|organi[sz]ation))$/;
const HINT_ATTRIBUTES = ['id', 'class', 'data-automation', 'data-testid', 'data-test', 'data-qa'];
/** A name is short: a longer text is a heading that holds more than the name. */
const MAX_NAME_LENGTH = 80;

export interface EmployerMarks {
  /** The one name the marked elements give, "at " before it dropped ("at Reddit"); null for none or several. */
  name: string | null;
  /** Buttons that hold a marked element. */
  buttons: Set<DomNode>;
}

export function employerMarks(root: DomNode, furniture: ReadonlySet<DomNode>): EmployerMarks {
  const names = new Set<string>();
  const buttons = new Set<DomNode>();
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (furniture.has(node)) continue;
    const a = node.attribs;
    if (a && node.type === 'tag' && HINT_ATTRIBUTES.some((k) => a[k] !== undefined && EMPLOYER_HINT.test(words(a[k])))) {
      const text = textOf(node, MAX_NAME_LENGTH).replace(/^at\s+/i, '');
      if (text === '' || text.length > MAX_NAME_LENGTH) continue;
      names.add(text);
      for (let p = node.parent; p; p = p.parent) if (tagName(p) === 'button') buttons.add(p);
      continue;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return { name: names.size === 1 ? [...names][0] : null, buttons };
}
