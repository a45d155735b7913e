export * from './iso';
export * from './format';
export * from './zone';
