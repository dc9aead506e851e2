import { decodeLiteral, scanJson } from '../../src/normalise/page/json-scan';

const strings = (text: string) => {
  const scanned = scanJson(text, text.indexOf('{'), text.length);
  return scanned.strings.map((s) => ({ key: s.key, in: scanned.objects[s.object]?.key, value: text.slice(s.start, s.end) }));
};

describe('string values of JSON and JS object literals, with their keys', () => {
  it('gives each value its key, its object\'s key, and an array item its array\'s key', () => {
    expect(strings('{"job": {"title": "Nurse", "tags": ["ICU", "nights"], "n": 3, "ok": true, "city": "Leeds"}}')).toEqual([
      { key: 'title', in: 'job', value: 'Nurse' },
      { key: 'tags', in: 'job', value: 'ICU' },
      { key: 'tags', in: 'job', value: 'nights' },
      { key: 'city', in: 'job', value: 'Leeds' },
    ]);
  });

  it("reads a script's object literal: bare keys, single quotes, quotes and braces inside strings", () => {
    expect(strings(`window.s = {job: {title: 'Chef', note: "a \\"}\\" here", pay: '£30k'}}; more()`)).toEqual([
      { key: 'title', in: 'job', value: 'Chef' },
      { key: 'note', in: 'job', value: 'a \\"}\\" here' },
      { key: 'pay', in: 'job', value: '£30k' },
    ]);
  });

  it('stops at the end of its value, or of broken data, without an error', () => {
    expect(strings('{"a": "x"} {"b": "y"}').map((s) => s.value)).toEqual(['x']);
    expect(strings('{"a": "x", "b": "never closed').map((s) => s.value)).toEqual(['x']);
  });
});

describe('a string literal decoded, each character mapped to the page', () => {
  it('maps an escape to where it starts, and the end past the last character', () => {
    const page = '{"d":"a\\u003cb\\n\\/c"}';
    const start = page.indexOf('a');
    const d = decodeLiteral(page, start, page.lastIndexOf('"'));
    expect(d.text).toBe('a<b\n/c');
    expect([...d.at]).toEqual([start, start + 1, start + 7, start + 8, start + 10, start + 12, start + 13]);
  });
});
