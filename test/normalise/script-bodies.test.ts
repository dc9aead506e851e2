import { extract } from '../../src';
import { withoutScriptBodies } from '../../src/normalise/script-bodies';

const code = 'var board = { jobs: [] };'.repeat(20);

describe('script and style bodies left out before parsing', () => {
  test('a long body goes, each kept character mapped to its place in the page', () => {
    const html = `<p>Nurse</p><script>${code}</script><p>Leeds</p>`;
    const cut = withoutScriptBodies(html)!;
    expect(cut.text).toBe('<p>Nurse</p><script></script><p>Leeds</p>');
    const at = cut.text.indexOf('Leeds');
    expect(html.slice(cut.at[at], cut.at[at] + 5)).toBe('Leeds');
  });

  test('JSON-LD, a short body and a body the parser would end elsewhere are kept', () => {
    expect(withoutScriptBodies(`<script type="application/ld+json">${JSON.stringify({ d: code })}</script>`)).toBeNull();
    expect(withoutScriptBodies('<script>var a = 1;</script>')).toBeNull();
    expect(withoutScriptBodies(`<script><!-- document.write("<script></script>"); ${code} --></script>`)).toBeNull();
    // "<scripts>" is another tag.
    expect(withoutScriptBodies(`<scripts>${code}</scripts>`)).toBeNull();
  });

  test('extraction gives the same result, with spans into the page', () => {
    const html = `<html><head><title>Care Assistant</title><style>${'.a{color:red}'.repeat(40)}</style></head><body><h1>Care Assistant</h1><script>${code}</script><p>Pay £12 an hour in Leeds.</p></body></html>`;
    const r = extract(html);
    expect(r.title?.text).toBe('Care Assistant');
    expect(html.slice(r.salary!.start, r.salary!.end)).toBe('£12 an hour');
    expect(html.slice(r.location!.start, r.location!.end)).toBe('Leeds');
  });
});
