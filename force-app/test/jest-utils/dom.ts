// DOM helpers shared by the LWC specs.

/** Waits for pending microtasks, so LWC re-renders after a wire emits or a property changes. */
export function flushPromises(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/** Removes every element a spec appended to the document body. */
export function resetDom(): void {
  while (document.body.firstChild) {
    document.body.removeChild(document.body.firstChild);
  }
}
