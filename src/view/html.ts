import { salaryValue } from '../extractors/salary';
import type { Entity, InputField } from '../types/common';
import type { ExtractionResult, PostingInput } from '../types/result';
import { escapeHtml } from './escape';
import { htmlPage } from './page';
import { FAMILIES, FAMILY_OF } from './families';
import { markText, type Mark } from './marks';
import { readableText } from './place-spans';
import { placeLine, range, termLabel, titleLine } from '../format';

type Located = { start: number; end: number; field?: InputField };
const spanKey = (label: string, s: Located) => `${label}|${s.field ?? ''}|${s.start}|${s.end}`;

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
header{padding:12px 20px;border-bottom:1px solid #d0d7de}h1{font-size:20px;margin:0 0 4px}header p{margin:0;color:#57606a}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin-top:8px;padding:0;list-style:none;font-size:13px}
.legend li::before{content:"";display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px;border-radius:2px;background:var(--c)}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(280px,2fr);gap:0}
.text{padding:16px 20px;white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.3;border-right:1px solid #d0d7de}
.fields{padding:12px 20px;font-size:14px}.fields h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#57606a;margin:16px 0 4px}
.fields ul{margin:0;padding-left:18px}.fields a{color:inherit}.fields small{color:#57606a}
mark{color:inherit;background:color-mix(in srgb,var(--c) 14%,transparent);border-bottom:3px solid var(--c);padding:0 1px 1px;position:relative}
mark[data-d="0"]{padding-bottom:10px}mark[data-d="1"]{padding-bottom:6px}mark[data-d="2"]{padding-bottom:3px}
mark.pattern{border-bottom-style:dashed}
mark:focus{outline:2px solid var(--c);outline-offset:1px}
mark:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:2;white-space:pre;background:#1f2328;color:#fff;font-size:12px;line-height:1.4;padding:4px 6px;border-radius:4px}
:target{outline:2px solid var(--c)}
${FAMILIES.map((f) => `.f-${f.id}{--c:${f.colour}}`).join('')}
`;

interface Item {
  label: string;
  /** The entity label its spans carry; null when it has none in the text. */
  entity: Entity['label'] | null;
  spans: Located[];
  note?: string;
}

/**
 * One self-contained HTML page that shows what jobsift found in a posting:
 * the posting's text as a reader sees it with every entity marked in place
 * (one colour per field family; hover or focus shows the value, the rule and
 * the confidence), and beside it the structured fields, each linking to its
 * first span. Safe for hostile postings: every piece of the posting is
 * escaped, and the page's policy allows no script or network at all.
 */
export function toHtml(result: ExtractionResult, input: string | PostingInput): string {
  const { text, place } = readableText(input);
  const confidence = new Map<string, number>();
  for (const s of result.skills) confidence.set(`skill|${s.id}`, s.confidence);
  for (const l of result.locations) confidence.set(`location|${l.name}`, l.confidence);
  const patternIds = new Set(result.skills.filter((s) => s.source === 'pattern').map((s) => s.id));

  const marks: Mark[] = [];
  const anchor = new Map<string, string>();
  let unplaced = 0;
  result.entities.forEach((e, i) => {
    const at = place(e);
    if (!at) {
      unplaced++;
      return;
    }
    const id = `e${i}`;
    const key = spanKey(e.label, e);
    if (!anchor.has(key)) anchor.set(key, id);
    const conf = confidence.get(`${e.label}|${e.value}`);
    const tip = [`${e.label}${e.kind ? ` (${e.kind})` : ''}: ${e.value ?? e.text}`, `reason: ${e.reason}`, conf !== undefined ? `confidence: ${conf}` : ''].filter(Boolean).join('\n');
    const pattern = e.label === 'skill' && e.value !== undefined && patternIds.has(e.value);
    marks.push({ ...at, id, className: `f-${FAMILY_OF[e.label].id}${pattern ? ' pattern' : ''}`, tip });
  });

  const link = (item: Item): string => {
    const id = item.entity ? item.spans.map((s) => anchor.get(spanKey(item.entity!, s))).find(Boolean) : undefined;
    const label = escapeHtml(item.label);
    const note = item.note ? ` <small>${escapeHtml(item.note)}</small>` : '';
    const family = item.entity ? ` class="f-${FAMILY_OF[item.entity].id}"` : '';
    return `<li${family}>${id ? `<a href="#${id}">${label}</a>` : label}${note}</li>`;
  };
  const section = (title: string, items: Item[]) => (items.length ? `<h2>${escapeHtml(title)}</h2><ul>${items.map(link).join('')}</ul>` : '');
  const fromLd = (s: Located) => (s.end <= s.start ? 'from JSON-LD' : undefined);
  const terms: Item[] = [
    ...result.employmentType.map((t) => ({ label: termLabel(t), entity: 'employment_type' as const, spans: t.mentions, note: t.schemaOrg ?? undefined })),
    ...result.contractType.map((t) => ({ label: termLabel(t), entity: 'contract_type' as const, spans: t.mentions, note: t.schemaOrg ?? undefined })),
    ...result.workplace.map((t) => ({ label: termLabel(t), entity: 'workplace' as const, spans: t.mentions })),
  ];
  if (result.hours) {
    const week = result.hours.perWeek && `${range(result.hours.perWeek.min, result.hours.perWeek.max)} hours a week`;
    terms.push({ label: [week, ...result.hours.shifts].filter(Boolean).join(', '), entity: null, spans: [] });
  }
  const required = (x: { required?: boolean }) => (x.required === true ? 'required' : x.required === false ? 'preferred' : undefined);
  const skillGroups = (['knowledge', 'competence', 'language'] as const).map((kind) => ({
    kind,
    items: result.skills.filter((s) => s.source === 'dictionary' && s.kind === kind).map((s): Item => ({ label: s.name, entity: 'skill', spans: s.mentions, note: required(s) })),
  }));
  const panel = [
    section('Title', result.title ? [{ label: titleLine(result.title), entity: null, spans: [], note: result.title.occupationId }] : []),
    section('Company', result.company ? [{ label: result.company.name, entity: null, spans: [], note: fromLd(result.company) }] : []),
    section('Pay', result.salaries.map((s) => ({ label: salaryValue(s), entity: 'salary' as const, spans: [s], note: [s.kind, s.annual.min !== null ? `${range(s.annual.min, s.annual.max)} a year` : '', fromLd(s)].filter(Boolean).join(', ') }))),
    section('Terms', terms),
    section('Places', result.locations.map((l) => ({ label: placeLine(l), entity: 'location' as const, spans: [l], note: [l.role, l.workplace, fromLd(l)].filter(Boolean).join(', ') }))),
    section('Experience', result.experience.map((e) => ({ label: e.text, entity: 'experience' as const, spans: [e], note: required(e) }))),
    section('Education', result.education.map((e) => ({ label: e.name + (e.subject ? ` in ${e.subject}` : ''), entity: 'qualification' as const, spans: [e], note: [e.level, required(e)].filter(Boolean).join(', ') }))),
    section('Certifications', result.certifications.map((c) => ({ label: c.name, entity: 'qualification' as const, spans: [c], note: [c.kind, required(c)].filter(Boolean).join(', ') }))),
    section('Languages', result.languages.map((l) => ({ label: l.name, entity: 'language' as const, spans: [l], note: [l.level, required(l)].filter(Boolean).join(', ') }))),
    ...skillGroups.map((g) => section(`Skills: ${g.kind}`, g.items)),
    section('Skill phrases (patterns)', result.skills.filter((s) => s.source === 'pattern').map((s) => ({ label: s.name, entity: 'skill' as const, spans: s.mentions }))),
    section('Occupations', result.occupations.map((o) => ({ label: o.name, entity: 'occupation' as const, spans: o.mentions }))),
    section('Domains', result.domains.map((d) => ({ label: d.name, entity: 'domain' as const, spans: d.mentions }))),
    section('Benefits', result.benefits.map((b) => ({ label: b.name, entity: 'benefit' as const, spans: b.mentions }))),
    section('Contact', [...result.contact.emails, ...result.contact.phones, ...result.contact.urls].map((c) => ({ label: c.value, entity: 'contact' as const, spans: [c] }))),
    section('Posting', [result.datePosted && `posted ${result.datePosted}`, result.validThrough && `closes ${result.validThrough}`].filter((x): x is string => !!x).map((label) => ({ label, entity: null, spans: [] }))),
    section('Warnings', result.warnings.map((w) => ({ label: w.code, entity: null, spans: [], note: w.message }))),
  ].join('');

  const counts = new Map<string, number>();
  for (const m of marks) {
    const family = m.className.split(' ')[0];
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  const legend = FAMILIES.map((f) => `<li class="f-${f.id}">${escapeHtml(f.name)} <small>${counts.get(`f-${f.id}`) ?? 0}</small></li>`).join('');
  const heading = result.title?.normalized || 'Posting';
  const facts = `${result.inputKind} input, ${result.entities.length} entities, ${marks.length} marked${unplaced ? `, ${unplaced} not placed in the text` : ''}`;
  return htmlPage(
    `${heading} · jobsift`,
    STYLE,
    `<header><h1>${escapeHtml(heading)}</h1><p data-entities="${result.entities.length}" data-marked="${marks.length}">${escapeHtml(facts)}</p><ul class="legend">${legend}</ul></header>
<main><div class="text">${markText(text, marks)}</div><aside class="fields">${panel}</aside></main>`,
  );
}
