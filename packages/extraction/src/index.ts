export * from './types';
export * from './akn';
export * from './text';
export * from './citations';
export * from './report';
export * from './mandates';
export * from './formats';
export * from './document';
