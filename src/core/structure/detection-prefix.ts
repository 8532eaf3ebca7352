/**
 * Article detection reads only the opening of a text: the first screens tell a news story
 * from a log, a table or code, and a bounded read keeps detection at about a millisecond
 * whatever the size of the file (it runs synchronously when VS Code opens one).
 */
export const DETECTION_PREFIX = 16_000;

/**
 * The opening of `text` that detection judges: the whole text when it is short enough,
 * otherwise at most DETECTION_PREFIX code units, cut after a line break (or failing that,
 * at a space) in the prefix's second half, never inside a surrogate pair. A function of
 * the first DETECTION_PREFIX + 1 code units only, so a caller can pass just those.
 */
export function detectionPrefix(text: string): string {
  if (text.length <= DETECTION_PREFIX) return text;
  const half = DETECTION_PREFIX >> 1;
  for (let i = DETECTION_PREFIX - 1; i >= half; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return text.slice(0, i + 1);
  }
  const space = text.lastIndexOf(' ', DETECTION_PREFIX - 1);
  if (space >= half) return text.slice(0, space + 1);
  const c = text.charCodeAt(DETECTION_PREFIX - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? DETECTION_PREFIX - 1 : DETECTION_PREFIX);
}
