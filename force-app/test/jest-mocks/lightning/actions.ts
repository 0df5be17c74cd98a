/**
 * Jest stand-in for `lightning/actions`, which sfdx-lwc-jest ships no stub for. Specs assert
 * that a quick action closed itself with `instanceof CloseActionScreenEvent`.
 */
export const CLOSE_ACTION_SCREEN_EVENT_NAME = 'lightning__closeactionscreen';

export class CloseActionScreenEvent extends CustomEvent<undefined> {
  constructor() {
    super(CLOSE_ACTION_SCREEN_EVENT_NAME, { bubbles: true, composed: true });
    // LWC synthetic shadow replaces window.CustomEvent with a function that returns a plain
    // CustomEvent, which drops this subclass from the prototype chain; restore it.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
