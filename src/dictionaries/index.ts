export { compileAll, compileDictionary } from './compile';
export { DictionaryError } from './errors';
export { loadDictionaries } from './load';
export { keyPieces, surfaceKey } from './keys';
export * from './types';
