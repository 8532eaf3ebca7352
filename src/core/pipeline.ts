/**
 * The analysis as an ordered list of named components, run by one loop that can time each one
 * and leave any of them out. `npm run bench` prints the times; `npm run eval -- --without X`
 * measures what X adds. The components in order are listed by `pipelineComponents(lang)` and
 * drawn in docs/architecture.md.
 */

import type { Resources } from './resources';

/** One step of the analysis: a function of the state its stage builds up. */
export interface Component<State> {
  readonly name: string;
  /** A component the output cannot do without (it builds what later ones read): never left out. */
  readonly required?: boolean;
  run(state: State): void;
}

/** Milliseconds spent per component name, summed over every run that was given the map. */
export type ComponentTimings = Map<string, number>;

export interface PipelineOptions {
  /** Component names to leave out (ablations): see `pipelineComponents` for the names. */
  without?: ReadonlySet<string>;
  /** When given, each component's time is added to it under the component's name. */
  timings?: ComponentTimings;
  /** Models and caches to read (default: the shipped models, see shippedResources). */
  resources?: Resources;
}

const NOTHING_LEFT_OUT: ReadonlySet<string> = new Set();

/** Runs the components in order on the state; a left-out component is skipped. */
export function runComponents<State>(components: readonly Component<State>[], state: State, options: PipelineOptions = {}): void {
  const without = options.without ?? NOTHING_LEFT_OUT;
  const timings = options.timings;
  for (const component of components) {
    if (!component.required && without.has(component.name)) continue;
    if (!timings) {
      component.run(state);
      continue;
    }
    const started = performance.now();
    component.run(state);
    timings.set(component.name, (timings.get(component.name) ?? 0) + performance.now() - started);
  }
}

/** Times one required step that is not a component list of its own (structure, grouping). */
export function timed<T>(name: string, options: PipelineOptions, step: () => T): T {
  const timings = options.timings;
  if (!timings) return step();
  const started = performance.now();
  const result = step();
  timings.set(name, (timings.get(name) ?? 0) + performance.now() - started);
  return result;
}
