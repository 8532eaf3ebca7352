/**
 * A model or word list shipped in models/ (bundled into dist/ by esbuild), built on first use and
 * kept: the analysis asks for it every time, and the JSON is read once. `load` requires the file
 * (a literal path, so esbuild bundles it); one that cannot be loaded is null, and the analysis
 * goes on without it (the rules decide alone, the tagger lacks those features).
 */
export function loadedOnFirstUse<T>(load: () => T): () => T | null {
  let model: T | null | undefined;
  return () => {
    if (model === undefined) {
      try {
        model = load();
      } catch {
        model = null;
      }
    }
    return model;
  };
}
