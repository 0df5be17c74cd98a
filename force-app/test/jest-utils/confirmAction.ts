// Helpers for specs of components that use c-confirm-action for a confirmation step.
import { childRoot, find } from './dom';

/** The confirmation step (c-confirm-action) in the shadow root of `host`, if it is open. */
export function confirmStep(host: Element): HTMLElement | null {
  return find(host, 'c-confirm-action');
}

/**
 * A button of the open confirmation step in the shadow root of `host`.
 *
 * @throws when no confirmation step is open
 */
export function confirmStepButton<T extends Element = HTMLElement>(
  host: Element,
  button: 'confirm' | 'cancel',
): T | null {
  return childRoot(host, 'c-confirm-action').querySelector<T>(`lightning-button.${button}-button`);
}

/** The prompt of the open confirmation step in the shadow root of `host`. */
export function confirmStepPrompt(host: Element): string | undefined {
  return childRoot(host, 'c-confirm-action').querySelector('.confirm-prompt')?.textContent;
}
