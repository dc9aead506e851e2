import { type DomNode, elements, tagName } from './dom';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A list of other jobs that no heading or class names: the cards of a board's search results beside the job, a
 * careers site's other openings, a table of vacancies. Each card opens with a link (the other job's title) and goes on
 * with pieces of its own (its employer, place, pay, type, date: in elements of their own or between "·" and "|"); a
 * list is three such cards or more, most of its children. A menu's links have nothing after them, a details box's
 * rows open with their label, and a list in the description rarely gives a link more than one piece after it.
 */

const MIN_CARDS = 3;
const MIN_PIECES_AFTER = 2;
// A card is short: its title and a few details. A link's text this long is a sentence, not a title.
const MAX_CARD_TEXT = 400;
const MAX_TITLE = 120;
const PIECE_BREAKS = /[·•|]/;
const MAX_CARD_NODES = 200;

export interface CardSize {
  /** Non-space characters of text inside. */
  text: number;
  /** Holds the page's main heading. */
  h1: boolean;
}

const isText = (n: DomNode): boolean => n.type === 'text' && /\S/.test(n.data ?? '') && n.parent?.type !== 'script' && n.parent?.type !== 'style';

/** The link `node` stands in within `card` (the card itself when it is one), or null. */
function linkOf(node: DomNode, card: DomNode): DomNode | null {
  for (let n: DomNode | null | undefined = node.parent; n && n !== card; n = n.parent) if (tagName(n) === 'a') return n;
  return tagName(card) === 'a' ? card : null;
}

/** Does `card` open with a link and go on with two pieces or more? */
function isCard(card: DomNode, size: (n: DomNode) => CardSize | undefined): boolean {
  if (card.type !== 'tag') return false;
  const s = size(card);
  if (!s || s.h1 || s.text > MAX_CARD_TEXT) return false;
  // The link the card's first text stands in (its title's), once found.
  let title: DomNode | null = null;
  let pieces = 0;
  let seen = 0;
  for (const n of elements(card)) {
    // (A card is a few nodes: a box of many without text, an icon's drawing, is read no further.)
    if (++seen > MAX_CARD_NODES) return false;
    if (!isText(n)) continue;
    if (title === null) {
      title = linkOf(n, card);
      if (title === null || (n.data ?? '').trim().length > MAX_TITLE) return false;
      continue;
    }
    // The title's other words inside the same link ("<a><b>Senior</b> Analyst</a>") are no piece of their own; a card
    // that is a link whole has its pieces inside it.
    if (title !== card && linkOf(n, card) === title) continue;
    for (const piece of (n.data ?? '').split(PIECE_BREAKS)) if (WORD_CHAR.test(piece)) pieces++;
    if (pieces >= MIN_PIECES_AFTER) return true;
  }
  return false;
}

/** The cards of `node` when it is a list of other jobs' cards (see above), else none. */
export function jobCards(node: DomNode, size: (n: DomNode) => CardSize | undefined): DomNode[] {
  const children = (node.children ?? []).filter((c) => c.type === 'tag' && !/^h[1-6]$/.test(tagName(c) ?? ''));
  if (children.length < MIN_CARDS) return [];
  const cards = children.filter((c) => isCard(c, size));
  return cards.length >= MIN_CARDS && cards.length * 2 >= children.length ? cards : [];
}
