export { requirementAt } from './requirement-cue';
export { scopeOf, blockAt, blockIndexAt } from './scope';
export type { Range } from './scope';
export { dictionaryMatches } from './dictionary-matches';
