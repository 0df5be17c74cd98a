/**
 * `lightning/actions`: events for Lightning web components used as quick actions.
 * @see https://developer.salesforce.com/docs/platform/lwc/guide/use-quick-actions-screen.html
 */
declare module 'lightning/actions' {
  /**
   * Closes the screen quick action that hosts the component:
   * `this.dispatchEvent(new CloseActionScreenEvent())`.
   */
  export class CloseActionScreenEvent extends CustomEvent<undefined> {
    constructor();
  }
}
