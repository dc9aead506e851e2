/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in Chromium, where the DOM exists.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extract, toHtml } from '../../src';
import { corpusFigures } from '../../src/report/figures';
import { reportHtml } from '../../src/report/html';
import { VIEW_PAGES } from './pages';

/**
 * The view of every seed, fixture and hostile fixture, and the corpus report
 * of them all, loaded in a real
 * headless Chromium (Debian's `chromium`; .ci/run installs it): no console
 * error (a blocked script would log a policy violation), no request beyond
 * the page, no script or handler from the posting, one mark per entity, the
 * tooltip on focus, and a screenshot of the expected size with something drawn.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && process.env.JOBSIFT_REQUIRE_CHROMIUM) throw new Error(`JOBSIFT_REQUIRE_CHROMIUM is set but ${CHROMIUM} is missing: apt-get install chromium`);
const WIDTH = 1280;
const HEIGHT = 900;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

(available ? describe : describe.skip)('the view in headless Chromium', () => {
  let browser: Browser;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-view-'));
  jest.setTimeout(120_000);

  beforeAll(async () => {
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Share of pixels that are not near-white, and distinct colours, of a PNG, counted by the browser itself. */
  async function ink(png: Uint8Array): Promise<{ inked: number; colours: number }> {
    const page = await browser.newPage();
    try {
      return await page.evaluate(async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        let inked = 0;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) inked++;
          colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        }
        return { inked: inked / (data.length / 4), colours: colours.size };
      }, `data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    } finally {
      await page.close();
    }
  }

  /** Opens `html` from a file, recording console errors and warnings, page errors, dialogs and any request beyond the page. */
  async function open(name: string, html: string) {
    const target = path.join(dir, `${name}.html`);
    fs.writeFileSync(target, html);
    const url = pathToFileURL(target).href;
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url() !== url && !req.url().startsWith('data:')) problems.push(`request: ${req.url()}`);
      void req.continue();
    });
    await page.setViewport({ width: WIDTH, height: HEIGHT });
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems };
  }

  /** Nothing from a posting runs or exists as an element or handler. */
  const inert = () => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    scripts: document.querySelectorAll('script, iframe, object, embed, img, form, input').length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')).length,
  });

  /** A screenshot of the viewport: the expected size, with text and colour drawn on it. */
  async function expectRendered(page: Page): Promise<void> {
    const png = await page.screenshot({ type: 'png' });
    expect(pngSize(png)).toEqual({ width: WIDTH, height: HEIGHT });
    const { inked, colours } = await ink(png);
    expect(inked).toBeGreaterThan(0.02);
    expect(colours).toBeGreaterThan(8);
  }

  it('the corpus report of the seeds and the hostile fixtures loads cleanly and renders', async () => {
    const entries = [...VIEW_PAGES].map((file) => ({ file, result: extract(fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8')), ms: 1 }));
    const { page, problems } = await open('report', reportHtml(corpusFigures(entries), '<script>window.__pwned="source"</script>'));
    expect(await page.evaluate(inert)).toEqual({ pwned: null, scripts: 0, handlers: 0 });
    expect(await page.evaluate(() => document.querySelectorAll('svg rect').length)).toBeGreaterThan(20);
    await expectRendered(page);
    await page.close();
    expect(problems).toEqual([]);
  });

  it.each(VIEW_PAGES)('%s loads cleanly, runs nothing from the posting and renders', async (file) => {
    const input = fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8');
    const result = extract(input);
    const { page, problems } = await open(path.basename(file), toHtml(result, input));
    expect(await page.evaluate(inert)).toEqual({ pwned: null, scripts: 0, handlers: 0 });
    expect(await page.evaluate(() => document.querySelectorAll('svg').length)).toBe(0);
    const state = await page.evaluate(() => ({
      marks: document.querySelectorAll('mark[id]').length,
      entities: Number(document.querySelector('[data-entities]')?.getAttribute('data-entities')),
      textWidth: document.querySelector('.text')?.getBoundingClientRect().width ?? 0,
      fieldsWidth: document.querySelector('.fields')?.getBoundingClientRect().width ?? 0,
      links: [...document.querySelectorAll('a[href]')].filter((a) => !document.getElementById(a.getAttribute('href')!.slice(1))).length,
    }));
    expect(state).toEqual({ marks: result.entities.length, entities: result.entities.length, textWidth: expect.any(Number), fieldsWidth: expect.any(Number), links: 0 });
    expect(state.textWidth).toBeGreaterThan(WIDTH / 2);
    expect(state.fieldsWidth).toBeGreaterThan(250);

    if (state.marks > 0) {
      // Focus shows the value, rule and confidence: the tooltip is the mark's own data-tip.
      await page.focus('mark[id]');
      const tip = await page.evaluate(() => {
        const el = document.activeElement!;
        return { shown: getComputedStyle(el, '::after').content, tip: el.getAttribute('data-tip') };
      });
      // CSS serialises a line break in a string as `\a `.
      expect(tip.shown.replace(/\\a /g, '\\n')).toBe(JSON.stringify(tip.tip));
    }

    await expectRendered(page);
    await page.close();
    expect(problems).toEqual([]);
  });
});
