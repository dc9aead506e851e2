import { deniedByItsRow } from '../src/util/denied-row';
const text = 'Analyst\nAcme Corp\n\nTravel Required: Not required\nSecurity clearance: Not Required\n';
console.log(deniedByItsRow({ text }, { start: 19, end: 25 }), text.slice(19, 25));
const R = /^[^:\n]{1,60}(?=:[ \t]*(?:no|none|not\s(?:required|needed|applicable|offered|provided)|n\/a)\.?[ \t]*$)/gim;
console.log([...text.matchAll(R)].map((m) => [m.index, m[0]]));
