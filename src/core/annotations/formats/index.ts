/** Exchange formats: JSONL (doccano, Label Studio, spaCy), CoNLL, and brat's configuration. */
export * from './jsonl';
export * from './conll';
export * from './brat-conf';
export * from './article-export';
