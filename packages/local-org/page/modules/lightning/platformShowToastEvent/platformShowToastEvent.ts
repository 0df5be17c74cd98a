/**
 * `lightning/platformShowToastEvent` in the local org: the event a component dispatches to ask
 * the page for a toast. It bubbles out of every shadow root to the page (localorg/app), which
 * shows it as Lightning Experience does.
 */
export const SHOW_TOAST_EVENT_NAME = 'lightning__showtoast';

export interface ShowToastEventDetail {
  title?: string;
  message?: string;
  messageData?: (string | { url: string; label: string })[];
  variant?: 'info' | 'success' | 'warning' | 'error';
  mode?: 'dismissible' | 'pester' | 'sticky';
}

export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
  constructor(detail: ShowToastEventDetail) {
    super(SHOW_TOAST_EVENT_NAME, { bubbles: true, composed: true, cancelable: true, detail });
    // Synthetic shadow replaces window.CustomEvent with a function returning a plain
    // CustomEvent, which drops this subclass from the prototype chain; restore it.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
