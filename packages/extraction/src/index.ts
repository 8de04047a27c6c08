export * from './types';
export * from './akn';
