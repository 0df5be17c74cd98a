/**
 * `lightning-quick-action-panel` in the local org (lightning-base-components does not ship it):
 * the header, body and footer of a screen quick action, inside the page's action modal.
 */
import { LightningElement, api } from 'lwc';

export default class QuickActionPanel extends LightningElement {
  /** The title in the panel's header. */
  @api header: string | undefined;
}
