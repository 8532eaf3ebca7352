/**
 * A model shipped in models/ (bundled into dist/ by esbuild), built on first use and kept: the
 * quotation finder asks on every analysis, and the JSON is read once. `load` requires the file
 * (a literal path, so esbuild bundles it); a model that cannot be loaded is null, and the rules
 * decide alone.
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
