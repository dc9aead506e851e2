import type { Warning } from '../types/common';
import type { PostingInput } from '../types/result';
import { isLowSurrogate } from '../util/surrogates';

/**
 * The size limit (`options.maxLength`): input past it is cut before any work,
 * so time and memory stay bounded, never ending in an out-of-memory abort
 * that no caller can catch. The cut falls at a boundary: the start of a tag
 * or of a line, else a space, else between code points, at most
 * BOUNDARY_REACH units before the limit. Offsets are unchanged (only the end goes).
 */
const BOUNDARY_REACH = 10_000;

export function capLength(input: string | PostingInput, maxLength: number): { input: string | PostingInput; warnings: Warning[] } {
  const warnings: Warning[] = [];
  if (typeof input === 'string') {
    if (input.length <= maxLength) return { input, warnings };
    const cut = boundary(input, maxLength);
    warnings.push(truncated('The input', input.length, cut, maxLength));
    return { input: input.slice(0, cut), warnings };
  }
  let budget = maxLength;
  const out: PostingInput = {};
  for (const [field, value] of Object.entries(input) as [keyof PostingInput, string][]) {
    if (value.length <= budget) {
      out[field] = value;
      budget -= value.length;
      continue;
    }
    const cut = budget > 0 ? boundary(value, budget) : 0;
    warnings.push(truncated(`Input property "${field}"`, value.length, cut, maxLength));
    if (cut > 0) out[field] = value.slice(0, cut);
    budget = 0;
  }
  return { input: out, warnings };
}

function truncated(what: string, length: number, cut: number, maxLength: number): Warning {
  return {
    code: 'input/truncated',
    message: `${what} is ${length} characters long, past maxLength (${maxLength}): only the first ${cut} were read.`,
  };
}

/** Where to cut `s` at or before `max`. */
function boundary(s: string, max: number): number {
  const floor = max - BOUNDARY_REACH;
  const tag = s.lastIndexOf('<', max);
  const line = s.lastIndexOf('\n', max - 1) + 1;
  const best = Math.max(tag, line);
  if (best > 0 && best >= floor) return best;
  const space = s.lastIndexOf(' ', max);
  if (space > 0 && space >= floor) return space;
  return isLowSurrogate(s.charCodeAt(max)) ? max - 1 : max;
}
