/** `news-lens tag`: delegated to the names recogniser once it lands. */
export function runTagCommand(_args: string[]): number {
  console.error('news-lens: tag is not available yet');
  return 1;
}
