import { extract } from '../src';
const r = extract({ title: 'Nurse', description: '<p>Provide care on a busy ward in Leeds. Salary £28,000.</p>' } as any);
console.log(r.title?.text, r.salary?.min, r.location?.name, JSON.stringify(r.warnings));
