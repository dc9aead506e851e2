/** The header-noise refiner: drops matches inside the company name or the feed's reference number. */
import type { Span } from '../types/common';
import type { Refiner } from '../contract';

/**
 * Drops requirement and vocabulary matches that lie inside the company name
 * or the feed's reference number: "Ideal Personnel & Recruitment Solutions
 * Ltd" names an agency, it does not ask for recruitment skills.
 */
export const headerNoiseRefiner: Refiner = {
  name: 'header-noise',
  run({ doc, result }) {
    const noise: Span[] = [doc.header.company, doc.header.webindex].filter((s): s is Span => s !== undefined);
    if (noise.length === 0) return;
    const clean = (s: Span) => !noise.some((n) => s.start >= n.start && s.end <= n.end);
    const withMentions = <T extends { mentions: Span[] }>(list: T[]): T[] =>
      list.filter((item) => {
        item.mentions = item.mentions.filter(clean);
        return item.mentions.length > 0;
      });
    result.skills = withMentions(result.skills);
    result.occupations = withMentions(result.occupations);
    result.domains = withMentions(result.domains);
    result.benefits = withMentions(result.benefits);
    result.education = result.education.filter(clean);
    result.certifications = result.certifications.filter(clean);
    result.languages = result.languages.filter(clean);
    result.experience = result.experience.filter(clean);
  },
};
