/** How many items a connection gives when `first` is not said: the contract's page size. */
export const DEFAULT_PAGE_SIZE = 20;
/** The most `first` may ask of any connection; the gateway prices a query by it before any subgraph is asked. */
export const MAX_PAGE_SIZE = 100;
