import type { Requirement } from '../../types/common';
import type { AnalysedDocument } from '../../contract';
import { sectionAt } from '../../sections';
import { blockIndexAt, scopeOf } from './scope';

/**
 * Whether a requirement (experience, qualification, language, skill) is
 * essential or preferred, read from the cue words of its scope, the lead-in
 * of its list ("You must have:") and the section it stands in.
 */

// Negated essentials come first so "not essential" is read as a preference.
const CUE =
  /\b(not (?:essential|required|necessary|mandatory|a requirement)|essential(?:ly)?|must|mandatory|(?<!as |if |when |where )(?:required|necessary|needed)|requirement|minimum|at least|need to have|vital|preferred|preferable|preferably|desirable|desired|advantage(?:ous)?|ideally|a plus|plus point|bonus|beneficial|nice to have|an asset|would be useful)\b/gi;

const PREFERRED = /^(?:not |prefer|desir|advantag|ideally|a plus|plus point|bonus|benefic|nice|an asset|would be useful)/i;

interface Cue {
  required: boolean;
  start: number;
  end: number;
  /** The cue can speak for what follows it ("must have", "ideally", "minimum"). */
  leads: boolean;
  /** The cue can speak for what precedes it ("... is essential", "... preferred"). */
  trails: boolean;
}

const LEADS = /^(?:must|minimum|at least|need to have|ideally|preferably|essential(?:ly)?|mandatory|desirable|preferred)$/i;
const TRAILS = /^(?!minimum|at least|need to have)/i;

/** Each document's cues by range, found once: the skills of one sentence or list item share its scope. */
const cueMemo = new WeakMap<AnalysedDocument, Map<number, Cue[]>>();

function cuesOf(doc: AnalysedDocument, from: number, to: number): Cue[] {
  let memo = cueMemo.get(doc);
  if (!memo) cueMemo.set(doc, (memo = new Map()));
  const key = from * (doc.text.length + 1) + to;
  let cues = memo.get(key);
  if (!cues) memo.set(key, (cues = cuesIn(doc.text, from, to)));
  return cues;
}

function cuesIn(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const slice = text.slice(from, to);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(slice); m !== null; m = CUE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // "Essential" or "Desirable" opening a line or followed by a colon leads; elsewhere those words trail.
    const opening = start === from || /[:\n]\s*$/.test(text.slice(Math.max(from, start - 3), start)) || /^\s*:/.test(text.slice(end, end + 2));
    const leads = /^(?:essential|mandatory|desirable|preferred)/i.test(m[0]) ? opening : LEADS.test(m[0]);
    cues.push({ required: !PREFERRED.test(m[0]), start, end, leads, trails: TRAILS.test(m[0]) });
  }
  return cues;
}

const CLAUSE_BREAK_AFTER = /[;:.!?]/;
const CLAUSE_BREAK_BEFORE = /[;.!?]/;

function distance(cue: Cue, start: number, end: number): number {
  if (cue.end <= start) return start - cue.end;
  if (cue.start >= end) return cue.start - end;
  return 0;
}

/** The cue nearest to `[start, end)` in `[from, to)`; one inside the span ("a minimum of 5 years") counts as nearest. */
function nearestCue(doc: AnalysedDocument, from: number, to: number, start: number, end: number): Cue | undefined {
  const text = doc.text;
  let best: Cue | undefined;
  let bestDistance = Infinity;
  let fallback: Cue | undefined;
  let fallbackDistance = Infinity;
  for (const cue of cuesOf(doc, from, to)) {
    // A cue after the span speaks for it only within its clause; one before may lead in with a colon.
    if (cue.start >= end && CLAUSE_BREAK_AFTER.test(text.slice(end, cue.start))) continue;
    if (cue.end <= start && CLAUSE_BREAK_BEFORE.test(text.slice(cue.end, start))) continue;
    const d = distance(cue, start, end);
    // A cue reads in its own direction: "essential" trails what it follows, "must" leads what follows it.
    const fits = d === 0 || (cue.end <= start ? cue.leads : cue.trails);
    if (fits && d < bestDistance) {
      best = cue;
      bestDistance = d;
    } else if (!fits && d < fallbackDistance) {
      fallback = cue;
      fallbackDistance = d;
    }
  }
  return best ?? fallback;
}

// A list's lead-in ends with a colon or announces "the following".
const LEAD_IN = /(?::\s*$|\bthe following\b)/i;

/**
 * For a list item: the cue of the paragraph that introduces the list. Each
 * document's lead-ins are found once, in one pass over its blocks, so a long
 * list costs one look per item rather than a walk back over its earlier items.
 */
const leadIns = new WeakMap<AnalysedDocument, (Cue | undefined)[]>();

function leadInCues(doc: AnalysedDocument): (Cue | undefined)[] {
  let cues = leadIns.get(doc);
  if (cues) return cues;
  cues = new Array(doc.blocks.length);
  let lead: Cue | undefined;
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    if (block.kind === 'list_item') {
      cues[i] = lead;
      continue;
    }
    lead = LEAD_IN.test(doc.text.slice(block.start, block.end)) ? nearestCue(doc, block.start, block.end, block.end, block.end) : undefined;
  }
  leadIns.set(doc, cues);
  return cues;
}

function leadInCue(doc: AnalysedDocument, at: number): Cue | undefined {
  const index = blockIndexAt(doc, at);
  return index === -1 ? undefined : leadInCues(doc)[index];
}

/** `true` essential, `false` preferred, `undefined` when neither the scope nor the section says. */
export function requirementAt(doc: AnalysedDocument, start: number, end: number): Requirement {
  const scope = scopeOf(doc, start, end);
  const cue = nearestCue(doc, scope.start, scope.end, start, end) ?? leadInCue(doc, start);
  if (cue) return cue.required;
  const section = sectionAt(doc.sections, start);
  if (!section) return undefined;
  if (section.required !== undefined) return section.required;
  // A heading the lexicon does not know ("Must haves") is still a cue for everything under it.
  const heading = section.heading && nearestCue(doc, section.heading.start, section.heading.end, section.heading.end, section.heading.end);
  return heading ? heading.required : undefined;
}
