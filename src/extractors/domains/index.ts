/** The domains extractor: industries and sectors, leaving job titles, company names, benefits and legal text alone. */
import type { Extractor } from '../../contract';
import type { Domain } from '../../types/requirements';
import { dictionaryMatches } from '../requirements/dictionary-matches';
import { sectionAt } from '../../sections';
import type { SectionKind } from '../../types/document';
import { sectorPhrases } from './sector-phrases';
import { reasonUnder } from '../../dictionaries/reason';
import { legalStatements } from '../requirements/legal-statements';
import { inRanges, overlapsAny } from '../../util/spans';

const NOT_SECTOR_SECTIONS = new Set<SectionKind>(['benefits', 'how_to_apply']);

export { sectorPhrases } from './sector-phrases';
export type { SectorPhrase } from './sector-phrases';

// "Phoenix Healthcare are recruiting", "Aston Recruitment Ltd": a sector word closing a company name.
const NAME_BEFORE = /[A-Z][A-Za-z]+[ ]$/;
const COMPANY_AFTER = /^[ ](?:is|are|has|have|ltd|limited|plc|llp|inc|group)\b/i;

function inCompanyName(text: string, start: number, end: number): boolean {
  return /^[A-Z]/.test(text[start] ?? '') && NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && COMPANY_AFTER.test(text.slice(end, end + 10));
}

export const domainsExtractor: Extractor = {
  name: 'domains',
  run(ctx) {
    const { text } = ctx.doc;
    const company = ctx.doc.header.company;
    const byId = new Map<string, Domain>();
    const add = (id: string, name: string, start: number, end: number, reason: string) => {
      let domain = byId.get(id);
      if (!domain) {
        domain = { id, name, mentions: [] };
        byId.set(id, domain);
        ctx.result.domains.push(domain);
      }
      const mention = { text: text.slice(start, end), start, end, reason };
      domain.mentions.push(mention);
    };
    // A sector word inside a job title ("Finance Manager") names the job, not the employer's sector.
    const titles = ctx.result.occupations.flatMap((o) => o.mentions);
    const inTitle = (start: number, end: number) => titles.some((t) => t.start <= start && end <= t.end);
    // "Medical, dental and vision insurance" in the benefits, or "life insurance" in a list of perks, is no sector.
    // Legal text names no sector either (dictionary matches leave it out already; sector phrases are read here).
    const perks = ctx.result.benefits.flatMap((b) => b.mentions);
    const legal = legalStatements(ctx.doc);
    const offered = (at: number) =>
      NOT_SECTOR_SECTIONS.has(sectionAt(ctx.doc.sections, at)?.kind ?? 'other') || overlapsAny(perks, at, at + 1) || inRanges(legal, at);
    const matches = dictionaryMatches(ctx, 'domains').filter((m) => !inTitle(m.start, m.end) && !inCompanyName(text, m.start, m.end) && !offered(m.start));
    for (const m of matches) add(m.entry.id, m.entry.name, m.start, m.end, reasonUnder('domains', m.reason));
    for (const p of sectorPhrases(text)) {
      const known = matches.some((m) => m.start < p.end && p.start < m.end);
      const inCompany = company !== undefined && p.start < company.end && company.start < p.end;
      if (!known && !inCompany && !offered(p.start)) add(p.id, p.name, p.start, p.end, 'domains/sector-phrase');
    }
    ctx.result.domains.forEach((d) => d.mentions.sort((a, b) => a.start - b.start));
  },
};
