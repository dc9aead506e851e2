import * as fs from 'fs';
import * as path from 'path';
import { extract, toHtml } from '../../src';
import { markText } from '../../src/view/marks';
import { escapeHtml } from '../../src/view/escape';
import { VIEW_PAGES } from './pages';

const root = path.join(__dirname, '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

/** The tags the view itself writes; anything else came from a posting. */
const OWN_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'p', 'ul', 'li', 'small', 'main', 'div', 'aside', 'a', 'mark']);
const tags = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());

describe('toHtml', () => {
  it.each(VIEW_PAGES)('%s: one mark per entity, only its own tags and links', (file) => {
    const input = read(file);
    const result = extract(input);
    const html = toHtml(result, input);
    expect(html.match(/<mark [^>]*\bid="e\d+"/g)?.length ?? 0).toBe(result.entities.length);
    expect(tags(html).filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).filter((h) => !/^#e\d+$/.test(h))).toEqual([]);
    expect(html.match(/<style>/g)).toHaveLength(1);
    // Every attribute the view writes is one of its own; an `on…` handler can only come from a posting.
    const attrs = [...html.matchAll(/<[a-z0-9]+((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>/g)].flatMap((m) => [...m[1].matchAll(/\s+([\w-]+)(?:="[^"]*")?/g)].map((a) => a[1]));
    expect(attrs.filter((a) => !/^(lang|charset|http-equiv|content|name|class|data-[a-z]+|title|id|tabindex|href)$/.test(a))).toEqual([]);
  });

  it('shows the posting text with each span in place, and its value, rule and confidence', () => {
    const input = 'Care assistant in Leeds. You will be responsible for keeping rotas in Microsoft Excel.';
    const result = extract(input);
    const html = toHtml(result, input);
    const excel = result.entities.find((e) => e.value === 'microsoft-excel')!;
    const skill = result.skills.find((s) => s.id === 'microsoft-excel')!;
    const id = `e${result.entities.indexOf(excel)}`;
    const mark = new RegExp(`<mark class="f-skill" data-d="1"[^>]*data-tip="([^"]*)"[^>]*id="${id}"[^>]*>Microsoft Excel</mark>`).exec(html);
    expect(mark?.[1]).toBe(escapeHtml(`skill (knowledge): microsoft-excel\nreason: ${excel.reason}\nconfidence: ${skill.confidence}`));
    expect(html).toContain(`<a href="#${id}">Microsoft Excel</a>`);
    // The dictionary skill sits inside a pattern phrase (dashed): a mark inside a mark.
    expect(html).toMatch(/<mark class="f-skill pattern"[^>]*>keeping rotas in <mark class="f-skill" data-d="1"/);
  });

  it('places spans of HTML input in the text a reader sees, entities decoded', () => {
    const input = '<div><h2>Chef &amp; Cook</h2><p>Based in <b>York</b>. Pay &pound;12 per hour.</p></div>';
    const html = toHtml(extract(input), input);
    expect(html).toMatch(/Chef &amp; Cook/);
    expect(html).toMatch(/<mark class="f-place"[^>]*>York<\/mark>/);
    expect(html).toMatch(/<mark class="f-pay"[^>]*>£12 per hour<\/mark>/);
    expect(html).not.toContain('&lt;b&gt;');
  });

  it('places spans of object input by their field', () => {
    const input = { title: 'Night Nurse', location: 'Leeds', text: 'Full time role in our Leeds hospital.' };
    const result = extract(input);
    const html = toHtml(result, input);
    expect(html.match(/<mark [^>]*\bid=/g)).toHaveLength(result.entities.length);
    expect(html.match(/<mark class="f-place"[^>]*>Leeds<\/mark>/g)?.length).toBe(result.entities.filter((e) => e.label === 'location').length);
  });

  it('shows seniority beside the title only when the title states it, as the summary does', () => {
    const view = (input: string) => toHtml(extract(input), input);
    expect(view('Title: Sales Executive\nDescription: Selling.')).not.toMatch(/Sales Executive \(/);
    expect(view('Title: Senior Sales Executive\nDescription: Selling.')).toContain('Senior Sales Executive (senior)');
  });
});

describe('markText', () => {
  const mark = (id: string, start: number, end: number) => ({ id, start, end, className: 'f-skill', tip: id });
  it('nests a span inside another', () => {
    expect(markText('abcdef', [mark('outer', 0, 6), mark('inner', 2, 4)])).toBe(
      '<mark class="f-skill" data-d="0" title="outer" data-tip="outer" id="outer" tabindex="0">ab<mark class="f-skill" data-d="1" title="inner" data-tip="inner" id="inner" tabindex="0">cd</mark>ef</mark>',
    );
  });
  it('continues a crossing span in a second element without the id', () => {
    const html = markText('abcdef', [mark('a', 0, 4), mark('b', 2, 6)]);
    expect(html.match(/id="a"/g)).toHaveLength(1);
    expect(html.match(/id="b"/g)).toHaveLength(1);
    expect(html.replace(/<[^>]+>/g, '')).toBe('abcdef');
    expect(html).toContain('class="f-skill cont"');
  });
  it('escapes the text between marks', () => {
    expect(markText('<b>&', [])).toBe('&lt;b&gt;&amp;');
  });
});
