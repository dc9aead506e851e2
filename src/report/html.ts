import { escapeHtml } from '../view/escape';
import { htmlPage } from '../view/page';
import type { Count, CorpusReport, PayDistribution } from './figures';

const STYLE = `
*{box-sizing:border-box}body{margin:0;padding:16px 24px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:13px;margin:12px 0 4px;color:#57606a}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:8px 32px}
table{border-collapse:collapse;width:100%}td,th{padding:2px 6px;text-align:left;border-bottom:1px solid #eaeef2;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
svg{display:block;max-width:100%}svg text{font:11px system-ui,sans-serif;fill:#1f2328}.bar{fill:#0969da}.pay{fill:#1a7f37}
p.meta{color:#57606a;margin:0}
`;

const number = (x: number) => (Number.isInteger(x) ? x.toLocaleString('en-GB') : x.toLocaleString('en-GB', { maximumFractionDigits: 1 }));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Horizontal bars, one per count, labelled; the longest bar is the largest count. */
function bars(counts: Count[], total?: number): string {
  if (!counts.length) return '<p class="meta">none</p>';
  const max = Math.max(...counts.map((c) => c.count));
  const row = 18;
  const labelWidth = 190;
  const width = 380;
  const rows = counts
    .map((c, i) => {
      const w = Math.max(1, ((width - labelWidth - 90) * c.count) / max);
      const label = c.name.length > 32 ? `${c.name.slice(0, 31)}…` : c.name;
      const value = total ? `${c.count} (${pct(c.count / total)})` : `${c.count}`;
      return `<g transform="translate(0 ${i * row})"><title>${escapeHtml(c.name)}: ${value}</title><text x="${labelWidth - 6}" y="13" text-anchor="end">${escapeHtml(label)}</text><rect class="bar" x="${labelWidth}" y="3" width="${w.toFixed(1)}" height="12"/><text x="${(labelWidth + w + 4).toFixed(1)}" y="13">${value}</text></g>`;
    })
    .join('');
  return `<svg role="img" width="${width}" height="${counts.length * row + 4}" viewBox="0 0 ${width} ${counts.length * row + 4}">${rows}</svg>`;
}

/** A histogram of annualised pay with its quantiles. */
function histogram(d: PayDistribution): string {
  const [width, height, pad] = [380, 140, 24];
  const max = Math.max(...d.bins.map((b) => b.count));
  const bw = (width - 2 * pad) / d.bins.length;
  const rects = d.bins
    .map((b, i) => {
      const h = ((height - 2 * pad) * b.count) / max;
      return `<rect class="pay" x="${(pad + i * bw + 1).toFixed(1)}" y="${(height - pad - h).toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${h.toFixed(1)}"><title>${number(Math.round(b.from))}–${number(Math.round(b.to))}: ${b.count}</title></rect>`;
    })
    .join('');
  const axis = `<text x="${pad}" y="${height - 6}">${number(Math.round(d.min))}</text><text x="${width - pad}" y="${height - 6}" text-anchor="end">${number(Math.round(d.max))}</text><text x="${width / 2}" y="${height - 6}" text-anchor="middle">median ${number(Math.round(d.median))}</text>`;
  const title = `<text x="${pad}" y="14">${escapeHtml(d.currency)} a year, ${d.postings} postings</text>`;
  const quantiles = `<p class="meta">p10 ${number(Math.round(d.p10))} · p25 ${number(Math.round(d.p25))} · median ${number(Math.round(d.median))} · p75 ${number(Math.round(d.p75))} · p90 ${number(Math.round(d.p90))}</p>`;
  return `<svg role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${title}${rects}${axis}</svg>${quantiles}`;
}

function table(head: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number, tag: 'td' | 'th') => `<${tag}${typeof v === 'number' ? ' class="n"' : ''}>${escapeHtml(typeof v === 'number' ? number(v) : v)}</${tag}>`;
  return `<table><tr>${head.map((h) => cell(h, 'th')).join('')}</tr>${rows.map((r) => `<tr>${r.map((v) => cell(v, 'td')).join('')}</tr>`).join('')}</table>`;
}

/**
 * The corpus report as one self-contained HTML page: SVG charts drawn here,
 * no script, no request; every name from a posting escaped.
 */
export function reportHtml(r: CorpusReport, source: string): string {
  const n = r.postings;
  const timing = r.seconds !== null ? `, extracted in ${r.seconds.toFixed(1)} s (${n ? ((r.seconds * 1000) / n).toFixed(1) : 0} ms a posting)` : '';
  const section = (title: string, body: string) => `<section><h3>${escapeHtml(title)}</h3>${body}</section>`;
  return htmlPage(
    `jobsift report · ${source}`,
    STYLE,
    `<h1>jobsift corpus report</h1>
<p class="meta" data-postings="${n}">${escapeHtml(`${source}: ${n} postings read${timing}; ${r.inputKinds.map((k) => `${k.count} ${k.name}`).join(', ')}`)}</p>
<h2>Fill rate</h2>
${bars(r.fillRate.map((f) => ({ name: f.field, count: Math.round(f.rate * n) })), n)}
<h2>Pay</h2>
<div class="grid">${section('Pay mentions by currency / period / kind', bars(r.pay.slice(0, 20)))}${r.annualPay.map((d) => section(`Annualised primary base pay, ${d.currency}`, histogram(d))).join('')}</div>
<h2>Terms</h2>
<div class="grid">${section('Employment type', bars(r.shares.employmentType, n))}${section('Contract type', bars(r.shares.contractType, n))}${section('Workplace', bars(r.shares.workplace, n))}</div>
<h2>Most named</h2>
<div class="grid">${section('Skills (dictionary)', bars(r.top.skills, n))}${section('Occupations', bars(r.top.occupations, n))}${section('Primary places', bars(r.top.places, n))}${section('Domains', bars(r.top.domains, n))}${section('Benefits', bars(r.top.benefits, n))}</div>
<h2>Rules</h2>
<div class="grid">${section(`Fired most (entities; ${r.rules.total} rules fired)`, table(['rule', 'entities'], r.rules.most.map((c) => [c.name, c.count])))}${section('Fired least', table(['rule', 'entities'], r.rules.least.map((c) => [c.name, c.count])))}</div>
<h2>Warnings</h2>
${r.warnings.length ? table(['code', 'postings'], r.warnings.map((c) => [c.name, c.count])) : '<p class="meta">none</p>'}
<h2>Pattern phrases no dictionary knows</h2>
<p class="meta">Candidates for your own dictionary (see "Add your own skills" in the README), by postings.</p>
${r.unknownPhrases.length ? table(['phrase', 'postings'], r.unknownPhrases.map((c) => [c.name, c.count])) : '<p class="meta">none</p>'}`,
  );
}
