/** The annotations core: the user's decisions, their files and how they meet the analysis. */
export * from './model';
export * from './selection';
export * from './brat';
export * from './track';
export * from './reanchor';
export * from './load';
export * from './apply';
export * from './rules';
export * from './formats';
