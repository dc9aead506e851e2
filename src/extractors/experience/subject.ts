/**
 * What an experience is in: the words after "experience in / of / with /
 * within / from / as / working in", or the words between a qualifier
 * ("previous", "5 years") and "experience" ("sales or telesales").
 */
export interface SubjectSpan {
  start: number;
  end: number;
  value: string;
}

// Where a subject stops: clause punctuation, or the cue or verb that follows it, or the next clause's subject ("and you").
const STOP_WORD =
  /^(?:is|are|was|would|will|should|could|can|may|essential|essentially|required|preferred|preferable|preferably|desirable|advantageous|advantage|ideally|only|necessary|desired|beneficial|highly|please|but|although|which|who|whilst|while|to|that|must|plus|etc|and\/or|equivalent|level|standard|qualified|above|higher|including|such|you|we|they)$/i;
// Articles, prepositions and conjunctions of the other languages read too ("in der Projektleitung", "dans la logistique",
// "SQL e Python").
const FUNCTION_WORD = /^(?:in|of|the|and|or|with|a|an|using|for|within|from|as|at|on|to|&|der|die|das|dem|den|des|im|einer|einem|le|la|les|du|de|dans|el|los|las|en|il|lo|gli|nel|nella|het|een|van|e|o|y|et|ou|und|oder|com|em|na|no|da|do|das|dos|met|mit|avec)$/i;
// A full stop inside a word stays in it: "Node.js", "Vue.js".
const WORD = /(?:[^\s,.;:!?()•·]|\.(?=[a-z]))+/y;
const MAX_WORDS = 12;
// Where a glued item starts inside a word: a lower-case word run into a capitalised one ("domainGood"; not
// "JavaScript" or "iPhone", whose first part is no lower-case word), or letters run into a count ("MBA4+").
const GLUED = /^[a-z]{3,}(?=[A-Z][a-z])|[A-Za-z](?=\d{1,2}\+)/;

/** The subject that starts at `from` (after "experience in"), up to a stop. */
export function subjectAfter(text: string, from: number, limit: number): SubjectSpan | null {
  let i = from;
  let end = from;
  let words = 0;
  let lastWord = '';
  while (i < limit && words < MAX_WORDS) {
    while (i < limit && text[i] === ' ') i++;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index !== i || i >= limit) break;
    if (STOP_WORD.test(m[0])) break;
    // Two spaces, or a capital after a content word, mark a list break in the feed.
    if (words > 0 && (i - end > 1 || (/^[A-Z][a-z]/.test(m[0]) && /^[a-z]+$/.test(lastWord) && !FUNCTION_WORD.test(lastWord)))) break;
    // Scraped text that lost its line breaks glues the next item on: "BFSI domainGood knowledge", "MBA4+ years".
    const glued = GLUED.exec(m[0]);
    lastWord = glued ? m[0].slice(0, glued.index + glued[0].length) : m[0];
    end = i + lastWord.length;
    i = end;
    words++;
    if (glued) break;
  }
  // A trailing "and" / "or" / "in" belongs to what follows, not to the subject.
  let value = text.slice(from, end);
  const trailing = /\s+(?:and|or|in|of|with|the|a|an)$/i.exec(value);
  if (trailing) {
    end -= trailing[0].length;
    value = text.slice(from, end);
  }
  if (words === 0 || value.trim() === '') return null;
  return { start: from, end, value };
}

// Filler between a qualifier and the subject ("5 years of relevant sales experience").
const FILLER =
  /^(?:previous|prior|proven|relevant|demonstrable|demonstrated|extensive|substantial|significant|solid|strong|good|some|considerable|hands-on|practical|recent|direct|sound|broad|wide|similar|excellent|real|genuine|post|postqualification|postqualified|postregistration|qualification|qualified|qualifying|registration|registered|minimum|plus|of|'|’|s|a|an|the|and|or|in|d'|d’|l'|l’|de|di)$/i;
const MAX_BEFORE = 5;

/** The subject words between a qualifier ending at `floor` and "experience" ("sales or telesales"). */
export function subjectBefore(text: string, floor: number, experienceStart: number): SubjectSpan | null {
  const words: { start: number; end: number; text: string }[] = [];
  const re = /[^\s,.;:!?()•·]+/g;
  const slice = text.slice(floor, experienceStart);
  if (/[,.;:!?()•·]/.test(slice)) return null;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    words.push({ start: floor + m.index, end: floor + m.index + m[0].length, text: m[0] });
  }
  let first = 0;
  while (first < words.length && FILLER.test(words[first].text)) first++;
  if (first >= words.length || words.length - first > MAX_BEFORE) return null;
  const start = words[first].start;
  const end = words[words.length - 1].end;
  return { start, end, value: text.slice(start, end) };
}
