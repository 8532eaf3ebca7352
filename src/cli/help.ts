import { MAX_INPUT_MB } from './read-article';

/** Set by the build (esbuild `define`) from package.json; absent when the sources run unbundled. */
declare const NEWS_LENS_VERSION: string | undefined;

export const VERSION = typeof NEWS_LENS_VERSION === 'string' ? NEWS_LENS_VERSION : 'development';

export const ANALYZE_USAGE = 'usage: news-lens analyze [--json | --jsonl] [--jobs N] FILE|FOLDER|PATTERN...';
export const INDEX_USAGE = 'usage: news-lens index [--jobs N] FILE|FOLDER|PATTERN...';
export const TAG_USAGE = 'usage: news-lens tag --lang ar|en FILE';
export const EXPORT_USAGE = 'usage: news-lens export --format brat|conll|jsonl [--out DIR] [--suggestions] [--workspace DIR] FILE|FOLDER...';
export const IMPORT_USAGE = 'usage: news-lens import [--out DIR] [--code-points] FILE.ann|FILE.jsonl...';
export const GENERAL_USAGE = `${ANALYZE_USAGE}\n       news-lens index [--jobs N] FILE|FOLDER|PATTERN...\n       news-lens tag --lang ar|en FILE\n       news-lens export --format brat|conll|jsonl [--out DIR] FILE|FOLDER...\n       news-lens import [--out DIR] FILE.ann|FILE.jsonl...\n       news-lens help [analyze|index|tag|export|import]`;

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
  news-lens export --format brat|conll|jsonl FILE|FOLDER...
                                       write the articles' annotations (the .ann beside
                                       each) as brat pairs, CoNLL or JSONL
  news-lens import FILE.ann|FILE.jsonl...
                                       brat/INCEpTION .ann or doccano JSONL to .txt + .ann
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

export const EXPORT_HELP = `${EXPORT_USAGE}

Writes each article with the annotations in the .ann file beside it (article.txt and
article.ann, News Lens's brat conventions: docs/annotations.md) and the workspace rules of
.newslens/names.tsv. A FOLDER gives its .txt, .news and .article files, recursively.

options:
  --format F       brat: .txt + .ann pairs and brat's annotation.conf and visual.conf in --out
                   (the folder opens in brat as it is); conll: token<TAB>BIO tag, a blank line
                   between sentences, -DOCSTART- before each article; jsonl: one article per
                   line {"text", "entities": [[start, end, "PER"], ...], "quotes": [...]}
  --out DIR        the folder to write (brat: required; conll/jsonl: DIR/annotations.F,
                   otherwise standard output)
  --suggestions    also the recogniser's names and quotations (brat marks them Suggested)
  --workspace DIR  the rules of DIR/.newslens/names.tsv for every FILE (default: each
                   FOLDER's own)
  --code-points    jsonl offsets in code points (spaCy, doccano) instead of UTF-16 units
                   (the analysis JSON's); they differ only after emoji and other characters
                   outside the Basic Multilingual Plane
  -h, --help       show this help

Annotations the text no longer holds, and .ann lines News Lens does not read, are named on
standard error (file and line); the export goes on.`;

export const IMPORT_HELP = `${IMPORT_USAGE}

Reads annotations made elsewhere and writes each article as a .txt + .ann pair in DIR, in
News Lens's brat conventions, with brat's annotation.conf and visual.conf.

  FILE.ann     a brat or INCEpTION standoff file; its article (.txt, .news or .article of
               the same name) must be beside it
  FILE.jsonl   doccano JSONL: {"text", "label": [[start, end, "PER"], ...]} or
               {"text", "entities": [{"start_offset", "end_offset", "label"}, ...]}, or
               News Lens's own export; each line becomes ID.txt (its "id") or FILE-LINE.txt

options:
  --out DIR       where to write (default: the current folder); existing files are never
                  overwritten
  --code-points   JSONL offsets count code points (as doccano and spaCy do) rather than
                  UTF-16 units
  -h, --help      show this help

Labels other than PER, ORG, LOC, MISC (or PERSON, ORGANIZATION, LOCATION, GPE), spans outside
the text and lines that are not JSON are named on standard error with their file and line
and left out; the exit status is then 1.`;
