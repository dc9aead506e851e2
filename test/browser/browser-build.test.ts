import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinModules } from 'module';
import type { Metafile } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { buildBrowser } from '../../scripts/build-browser';
import { extract } from '../../src';

/**
 * The browser build (`jobsift/browser`): built as `npm run build` builds it,
 * its module graph holds no Node built-in and only cheerio's browser build,
 * and in a real headless Chromium (Debian's `chromium`; .ci/run installs it)
 * it gives the Node package's result on every seed and fixture.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && process.env.JOBSIFT_REQUIRE_CHROMIUM) throw new Error(`JOBSIFT_REQUIRE_CHROMIUM is set but ${CHROMIUM} is missing: apt-get install chromium`);

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-browser-'));
const bundle = path.join(dir, 'browser.mjs');
let metafile: Metafile;

/** The seeds and the fixtures written for the tests (text, a job board page, a JSON-LD page). */
const INPUTS = [
  ...fs.readdirSync(path.join(root, 'seeds')).sort().map((f) => `seeds/${f}`),
  ...fs.readdirSync(path.join(root, 'test', 'fixtures')).filter((f) => /\.(txt|html)$/.test(f)).sort().map((f) => `test/fixtures/${f}`),
];

jest.setTimeout(180_000);

beforeAll(async () => {
  metafile = await buildBrowser(bundle);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the browser build', () => {
  const inputs = () => Object.keys(metafile.inputs);

  it('has no Node built-in in its module graph and imports nothing from outside', () => {
    const node = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    expect(inputs().filter((i) => node.has(i) || i.startsWith('node:'))).toEqual([]);
    const [output] = Object.values(metafile.outputs);
    expect(output.imports).toEqual([]);
    // Our own modules that read files stay on the Node side.
    expect(inputs().filter((i) => i.startsWith('src/platform/node') || i === 'src/index.ts')).toEqual([]);
  });

  it("takes cheerio's browser build, without its Node-only loaders", () => {
    const cheerio = inputs().filter((i) => i.includes('node_modules/cheerio/'));
    expect(cheerio.length).toBeGreaterThan(0);
    expect(cheerio.filter((i) => !i.includes('node_modules/cheerio/dist/browser/'))).toEqual([]);
    expect(inputs().filter((i) => /node_modules\/(undici|encoding-sniffer|whatwg-mimetype|parse5-parser-stream)\//.test(i))).toEqual([]);
  });

  it('carries the built-in data and the wink model', () => {
    expect(inputs()).toEqual(expect.arrayContaining(['dictionaries/places/gazetteer.json', 'dictionaries/compiled/dictionaries.json']));
    // The dictionaries travel in their compiled form only.
    expect(inputs().filter((i) => i.startsWith('dictionaries/skills/'))).toEqual([]);
    expect(inputs().some((i) => i.includes('node_modules/wink-eng-lite-web-model/'))).toBe(true);
  });
});

(available ? describe : describe.skip)('the browser build in headless Chromium', () => {
  let browser: Browser;
  const ORIGIN = 'http://jobsift.test';

  beforeAll(async () => {
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The page imports the bundle as a module script would, and hands it to the tests.
  const PAGE = `<!doctype html><title>jobsift</title><link rel="icon" href="data:,"><script type="module">import * as jobsift from '/jobsift.mjs'; window.jobsift = jobsift;</script>`;
  // Page functions are sent as source: each reads the API from `window` itself.
  type Api = typeof import('../../src/browser');

  /** A page at a made-up origin whose only other resource is the bundle, served from memory; nothing reaches the network. */
  async function pageWithBundle() {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.setRequestInterception(true);
    const code = fs.readFileSync(bundle);
    page.on('request', (req) => {
      const url = req.url();
      if (url === `${ORIGIN}/`) void req.respond({ status: 200, contentType: 'text/html', body: PAGE });
      else if (url === `${ORIGIN}/jobsift.mjs`) void req.respond({ status: 200, contentType: 'text/javascript', body: code });
      else {
        problems.push(`request: ${url}`);
        void req.abort();
      }
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'jobsift' in window);
    return { page, problems };
  }

  it('gives the Node package result on every seed and fixture', async () => {
    const postings = INPUTS.map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
    const { page, problems } = await pageWithBundle();
    const inBrowser = await page.evaluate((all: string[]) => all.map((p) => JSON.stringify((window as unknown as { jobsift: Api }).jobsift.extract(p))), postings);
    await page.close();
    expect(problems).toEqual([]);
    INPUTS.forEach((file, i) => {
      const inNode = extract(postings[i]);
      expect(inNode.skills.length + inNode.locations.length).toBeGreaterThan(0);
      expect({ file, result: JSON.parse(inBrowser[i]) }).toEqual({ file, result: JSON.parse(JSON.stringify(inNode)) });
    });
  });

  it('takes dictionaries as objects and refuses paths and dataDir with a clear error', async () => {
    const { page, problems } = await pageWithBundle();
    const out = await page.evaluate(() => {
      const { jobsift } = window as unknown as { jobsift: Api };
      const mine: import('../../src/browser').DictionaryFile = { type: 'skills', entries: [{ id: 'pallet-wrapper-operation', name: 'pallet wrapper operation', kind: 'competence', aliases: ['stretch wrapper'] }] };
      const skills = jobsift.createExtractor({ dictionaries: [mine] }).extract('Warehouse operative. You will run the stretch wrapper.').skills.map((s) => s.id);
      const refused = (options: unknown) => {
        try {
          jobsift.createExtractor(options as import('../../src/browser').ExtractorOptions);
          return 'accepted';
        } catch (err) {
          return `${(err as Error).name}: ${(err as Error).message}`;
        }
      };
      return { skills, path: refused({ dictionaries: ['my-skills.json'] }), dataDir: refused({ dataDir: '/srv/jobsift-data' }) };
    });
    await page.close();
    expect(problems).toEqual([]);
    expect(out.skills).toContain('pallet-wrapper-operation');
    expect(out.path).toMatch(/^DictionaryError: my-skills\.json: .*Node only.*as an object/);
    expect(out.dataDir).toMatch(/^TypeError: jobsift: options\.dataDir is for Node/);
  });
});
