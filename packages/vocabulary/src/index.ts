export * from './enums';
export * from './ids';
export * from './pages';
