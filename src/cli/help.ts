import { MAX_INPUT_MB } from './read-article';

/** Set by the build (esbuild `define`) from package.json; absent when the sources run unbundled. */
declare const NEWS_LENS_VERSION: string | undefined;

export const VERSION = typeof NEWS_LENS_VERSION === 'string' ? NEWS_LENS_VERSION : 'development';

export const ANALYZE_USAGE = 'usage: news-lens analyze [--json | --jsonl] [--jobs N] FILE|FOLDER|PATTERN...';
export const INDEX_USAGE = 'usage: news-lens index [--jobs N] FILE|FOLDER|PATTERN...';
export const TAG_USAGE = 'usage: news-lens tag --lang ar|en FILE';
export const GENERAL_USAGE = `${ANALYZE_USAGE}\n       news-lens index [--jobs N] FILE|FOLDER|PATTERN...\n       news-lens tag --lang ar|en FILE\n       news-lens help [analyze|index|tag]`;

export const GENERAL_HELP = `news-lens ${VERSION}: outlines news articles and finds the names and quotations in them (Arabic and English)

commands:
  news-lens analyze [--json|--jsonl] [--jobs N] FILE...
                                       outline each article: kind and line of every block,
                                       sections, how many names and quotations; --json for
                                       the full analysis as JSON, --jsonl one line each;
                                       FILE may be a folder or a pattern (*, **, ?)
  news-lens index [--jobs N] FOLDER... the corpus index as JSONL: one line per entity (type,
                                       name, forms, counts, the articles naming it)
  news-lens tag --lang ar|en FILE      tag a one-token-per-line file with BIO name tags
  news-lens help [COMMAND]             this text, or the options of one command
  news-lens --version                  print the version

FILE is read as UTF-8; '-' reads standard input. Inputs over ${MAX_INPUT_MB} MB are refused.
Exit status: 0 success, 1 a file could not be read or analysed (the others are still
printed), 2 a mistake on the command line.`;

export const ANALYZE_HELP = `${ANALYZE_USAGE}

Analyses each FILE and prints its outline: whether it reads as a news article, its
language, each block (title, lead, dateline, heading, caption, paragraph) with its line,
grouped by section, and how many names and quotations were found. A FOLDER gives its
.txt, .news and .article files, recursively; a PATTERN (quote it) the paths it matches:
* and ? within a name, ** any number of folders. Both are sorted by path.

options:
  --json       print the analysis as JSON: one object for one FILE, an array for several
               (a file that fails is left out and reported on standard error); lists
               longer than their limit are cut and a "truncated" field says so
  --jsonl      one JSON object per line, printed as each file finishes (any order; each
               names its "file"). With '-' alone: read {"id", "text"} lines from standard
               input and answer line for line in the same order, with the id; a bad line
               prints {"id", "error"} and the exit status is 1
  --jobs N     analyse N files at a time in worker threads (default: the number of cores,
               at most one per 32 files; 1 runs in this process)
  -h, --help   show this help

A progress bar is shown on standard error when it is a terminal.
FILE is read as UTF-8; '-' reads standard input; inputs over ${MAX_INPUT_MB} MB are refused.`;

export const INDEX_HELP = `${INDEX_USAGE}

Analyses the articles (folders, patterns and files, as analyze takes them; a .txt file that
does not read as an article is left out) and prints the corpus index as JSONL, one entity per
line, the most widespread first:
  {"key", "type", "name", "otherName"?, "forms": [[form, count]...], "mentions", "quotes",
   "articles": [{"file", "mentions", "quotes"}...]}
The same person written in Arabic and in English is one entity when the gazetteer knows both
names. Output is written once every article was read.

options:
  --jobs N     analyse N files at a time in worker threads (default: the number of cores,
               at most one per 32 files; 1 runs in this process)
  -h, --help   show this help

A file that cannot be read is one line on standard error and makes the exit status 1.`;

export const TAG_HELP = `${TAG_USAGE}

Tags a token file with the names recogniser: one token per line in the first column, a
blank line ends a sentence, -DOCSTART- a document. Prints token<TAB>tag for every line, with
BIO tags B-PER I-PER B-ORG I-ORG B-LOC I-LOC B-MISC I-MISC O.

options:
  --lang ar|en   the language of the tokens (required; --lang=ar works too)
  -h, --help     show this help

FILE is read as UTF-8; '-' reads standard input; inputs over ${MAX_INPUT_MB} MB are refused.`;
