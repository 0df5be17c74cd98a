/**
 * `lightning/actions` in the local org: a screen quick action closes itself by dispatching
 * CloseActionScreenEvent; the page's action modal (localorg/recordPage) listens and closes.
 */
export const CLOSE_ACTION_SCREEN_EVENT_NAME = 'lightning__closeactionscreen';

export class CloseActionScreenEvent extends CustomEvent<undefined> {
  constructor() {
    super(CLOSE_ACTION_SCREEN_EVENT_NAME, { bubbles: true, composed: true });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
