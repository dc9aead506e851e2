import { findPeriodIn } from '../src/extractors/salary/period';
for (const s of [" for a master's degree.", " for master's degree. 185 work days.", ' per month', " for a master s"]) console.log(JSON.stringify(s), findPeriodIn(s, 0, s.length));
