/**
 * The slips that make a page's JSON-LD fail `JSON.parse` while every
 * browser and search engine still reads it: a comma before a closing bracket
 * (`"description": "...",}`) and raw line breaks or tabs inside a string (a
 * description pasted in with its lines). One pass, linear; anything else is
 * left as it was, for the caller's parse to reject.
 */

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `json` with trailing commas dropped and raw line breaks and tabs in strings escaped. */
export function repairJson(json: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      else if (c in ESCAPES) {
        out += json.slice(from, i) + ESCAPES[c];
        from = i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === ',') {
      let j = i + 1;
      while (j < json.length && (json[j] === ' ' || json[j] === '\n' || json[j] === '\r' || json[j] === '\t')) j++;
      if (json[j] === '}' || json[j] === ']') {
        out += json.slice(from, i);
        from = i + 1;
      }
    }
  }
  return out + json.slice(from);
}
