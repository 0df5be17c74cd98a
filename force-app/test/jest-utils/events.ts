// Event and promise helpers shared by the LWC specs.
import type { ShowToastEventDetail } from 'lightning/platformShowToastEvent';

/**
 * Records the detail of every `type` event `element` receives (the event must reach it: bubble
 * from its shadow tree, or be fired on the host).
 *
 * @returns the details, in order, filled in as events arrive
 */
export function listen<T>(element: HTMLElement, type: string): T[] {
  const details: T[] = [];
  element.addEventListener(type, (event) => {
    details.push((event as CustomEvent<T>).detail);
  });
  return details;
}

/** Records the toasts a component shows (its `ShowToastEvent`s). */
export function listenToasts(element: HTMLElement): ShowToastEventDetail[] {
  return listen<ShowToastEventDetail>(element, 'lightning__showtoast');
}

/** A promise the spec settles when it wants. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/** Creates a {@link Deferred}: stand in for an Apex call to observe a component mid-flight. */
export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}
