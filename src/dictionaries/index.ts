/** The dictionaries module's public face: load, validate, compile and key helpers. */
export { compileAll, compileDictionary } from './compile';
export { DictionaryError } from './errors';
export { loadDictionaries } from '../platform/node';
export { keyPieces, surfaceKey } from './keys';
export * from './types';
