export * from './types';
export * from './akn';
export * from './text';
