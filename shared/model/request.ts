// Data subject requests: the entity's vocabulary, its input schemas and its results, one module
// each; this file is the one import path for all three.
export * from './request-vocabulary';
export * from './request-inputs';
export * from './request-results';
