/** The pay rules, in the order they are tried at each amount. */
import { rangeRule } from './range';
import { singleRule } from './single';
import type { SalaryRule } from './rule';

/** Tried in order at each amount: the longest reading first. */
export const SALARY_RULES: readonly SalaryRule[] = [rangeRule, singleRule];

export type { Candidate, RuleInput, SalaryRule } from './rule';
