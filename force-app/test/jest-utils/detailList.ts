// Helpers for specs of components that show label/value pairs through c-detail-list.
import { shadowOf } from './dom';
import type { DateTimeStub } from './stubs';

/**
 * The shadow root of the first c-detail-list under `node` (a component's shadow root, or an
 * element in it).
 *
 * @throws when there is none
 */
export function detailListRoot(node: ParentNode | null | undefined): ShadowRoot {
  return shadowOf(node?.querySelector('c-detail-list'));
}

/** The pairs of the first c-detail-list under `node` as label -> value (a date-time's ISO value). */
export function detailValues(node: ParentNode | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const term of Array.from(detailListRoot(node).querySelectorAll('dt'))) {
    const definition = term.nextElementSibling;
    const date = definition?.querySelector<DateTimeStub>('lightning-formatted-date-time');
    result[term.textContent] = date?.value ?? definition?.textContent.trim() ?? '';
  }
  return result;
}
