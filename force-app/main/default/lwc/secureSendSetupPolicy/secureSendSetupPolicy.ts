import { LightningElement, api } from 'lwc';
import type { PhiPolicyView } from '@salesforce/apex-types';
import { formatLabel } from 'c/secureSendSetupFormat';
import heading from '@salesforce/label/c.SecureSend_SetupPolicyHeading';
import note from '@salesforce/label/c.SecureSend_SetupPolicyNote';
import categoryLabel from '@salesforce/label/c.SecureSend_SetupPolicyCategory';
import actionLabel from '@salesforce/label/c.SecureSend_SetupPolicyAction';
import defaultLabel from '@salesforce/label/c.SecureSend_SetupPolicyDefault';
import empty from '@salesforce/label/c.SecureSend_SetupPolicyEmpty';
import actionBlock from '@salesforce/label/c.SecureSend_SetupActionBlock';
import actionWarn from '@salesforce/label/c.SecureSend_SetupActionWarn';
import actionAllow from '@salesforce/label/c.SecureSend_SetupActionAllow';

const LABELS = Object.freeze({ heading, note, categoryLabel, actionLabel, empty });

/** Text and badge theme per policy action (PhiPolicyView.Rule.action, lower case). */
const ACTIONS: Readonly<Record<string, { readonly text: string; readonly theme: string }>> =
  Object.freeze({
    block: { text: actionBlock, theme: 'slds-theme_error' },
    warn: { text: actionWarn, theme: 'slds-theme_warning' },
    allow: { text: actionAllow, theme: 'slds-theme_success' },
  });

/** The action's label; an unknown action as the server sent it. */
function actionText(action: string | null | undefined): string {
  const value = action ?? '';
  return ACTIONS[value.toLowerCase()]?.text ?? value;
}

/** One rendered policy rule. */
interface PolicyRow {
  readonly key: string;
  readonly category: string;
  readonly actionText: string;
  readonly badgeClass: string;
}

/**
 * Read-only view of the org's PHI policy (one action per category). Admins change it in the
 * SecureSend PHI Policy custom metadata type, which the note names.
 */
export default class SecureSendSetupPolicy extends LightningElement {
  /** SetupStatus.policy. */
  @api policy: PhiPolicyView | null | undefined;

  readonly labels = LABELS;

  get rows(): PolicyRow[] {
    return (this.policy?.rules ?? []).map((rule, index) => {
      const action = (rule.action ?? '').toLowerCase();
      const theme = ACTIONS[action]?.theme ?? 'slds-badge_lightest';
      return {
        key: rule.category ?? String(index),
        category: rule.category ?? '',
        actionText: actionText(rule.action),
        badgeClass: `slds-badge ${theme}`,
      };
    });
  }

  get hasRows(): boolean {
    return this.rows.length > 0;
  }

  get defaultText(): string {
    return formatLabel(defaultLabel, actionText(this.policy?.defaultAction ?? 'warn'));
  }
}
