// DOM helpers shared by the LWC specs.
import { createElement } from 'lwc';

/** Base component stubs (lightning-button, lightning-spinner...) take their template attributes as properties. */
export type Stub<Props> = HTMLElement & Partial<Props>;

/** The `is` option of `createElement`: a component class whose instances carry `Props`. */
export type ComponentClass<Props> = Parameters<typeof createElement<Props>>[1]['is'];

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

/**
 * Creates the component `is` as `<tag>`, sets its public properties, appends it to the document
 * body and waits for it to render.
 *
 * @param tag the element name, e.g. `c-error-panel`
 * @param is the component class
 * @param props the public properties to set before it connects
 * @returns the host element
 */
export async function mount<Props extends object>(
  tag: string,
  is: ComponentClass<Props>,
  props: Partial<Props> = {},
): Promise<HTMLElement> {
  const element = createElement<Props>(tag, { is });
  Object.assign(element, props);
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

/**
 * The shadow root of a rendered component.
 *
 * @throws when `element` is missing or has no shadow root
 */
export function shadowOf(element: Element | null | undefined): ShadowRoot {
  if (!element?.shadowRoot) {
    throw new Error('expected an element with a shadow root');
  }
  return element.shadowRoot;
}

/**
 * The first match of `selector` in the shadow root of `host`.
 *
 * @throws when `host` is missing or has no shadow root
 */
export function find<T extends Element = HTMLElement>(
  host: Element | null | undefined,
  selector: string,
): T | null {
  return shadowOf(host).querySelector<T>(selector);
}

/** Every match of `selector` in the shadow root of `host` (which must be rendered). */
export function findAll<T extends Element = HTMLElement>(
  host: Element | null | undefined,
  selector: string,
): T[] {
  return Array.from(shadowOf(host).querySelectorAll<T>(selector));
}

/** The shadow root of the child component matching `selector` in the shadow root of `host`. */
export function childRoot(host: Element, selector: string): ShadowRoot {
  return shadowOf(find(host, selector));
}

/** The trimmed text of the first match of `selector` under `node` (a shadow root or an element). */
export function text(node: ParentNode | null | undefined, selector: string): string | undefined {
  return node?.querySelector(selector)?.textContent.trim();
}

/** The trimmed texts of every match of `selector` under `node`. */
export function texts(node: ParentNode, selector: string): string[] {
  return Array.from(node.querySelectorAll(selector), (match) => match.textContent.trim());
}

/**
 * Clicks `target`.
 *
 * @throws when there is nothing to click
 */
export function click(target: Element | null | undefined): void {
  if (!(target instanceof HTMLElement)) {
    throw new Error('nothing to click');
  }
  target.click();
}
