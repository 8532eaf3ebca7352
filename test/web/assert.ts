// The few assertions the web suite needs. node:assert does not exist in the web worker extension
// host, and these are small enough not to warrant a browser port of it as a dependency.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message = `expected a truthy value, got ${String(value)}`): asserts value {
  if (!value) throw new AssertionError(message);
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) throw new AssertionError(message ?? `expected ${show(expected)}, got ${show(actual)}`);
}

/** Equality of plain data (arrays, objects, strings, numbers) by their JSON form. */
export function deepStrictEqual(actual: unknown, expected: unknown, message?: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${message ? message + ': ' : ''}expected ${e}, got ${a}`);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) throw new AssertionError(message ?? `expected ${show(actual)} to match ${pattern}`);
}

export function throws(fn: () => unknown, pattern: RegExp): void {
  try {
    fn();
  } catch (err) {
    match(err instanceof Error ? err.message : String(err), pattern);
    return;
  }
  throw new AssertionError(`expected a throw matching ${pattern}`);
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
