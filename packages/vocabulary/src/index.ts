export * from './enums';
export * from './ids';
