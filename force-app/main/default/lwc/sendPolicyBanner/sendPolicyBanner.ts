import { LightningElement, api } from 'lwc';
import type { CategorySummary, PolicyEvaluation } from 'c/phiPolicy';
import blockedTitle from '@salesforce/label/c.SecureSend_PolicyBlockedTitle';
import blockedHelp from '@salesforce/label/c.SecureSend_PolicyBlockedHelp';
import blockedOverrideHelp from '@salesforce/label/c.SecureSend_PolicyBlockedOverrideHelp';
import warnedTitle from '@salesforce/label/c.SecureSend_PolicyWarnedTitle';
import warnedHelp from '@salesforce/label/c.SecureSend_PolicyWarnedHelp';
import allowedTitle from '@salesforce/label/c.SecureSend_PolicyAllowedTitle';
import clear from '@salesforce/label/c.SecureSend_PolicyClear';

const LABELS = Object.freeze({ blockedTitle, warnedTitle, warnedHelp, allowedTitle, clear });

/**
 * The policy banner of the composer: the categories found in the draft that the org's policy
 * blocks, those to review, and those allowed. It names categories and counts only, never the
 * values found.
 */
export default class SendPolicyBanner extends LightningElement {
  readonly labels = LABELS;

  /** The draft's findings judged by the policy (c/phiPolicy evaluateFindings). */
  @api evaluation: PolicyEvaluation | null | undefined;

  /** Whether the sender may override a block with a reason (changes the help text). */
  @api canOverride = false;

  get blocked(): readonly CategorySummary[] {
    return this.evaluation?.blocked ?? [];
  }

  get warned(): readonly CategorySummary[] {
    return this.evaluation?.warned ?? [];
  }

  get allowed(): readonly CategorySummary[] {
    return this.evaluation?.allowed ?? [];
  }

  get hasBlocked(): boolean {
    return this.blocked.length > 0;
  }

  get hasWarned(): boolean {
    return this.warned.length > 0;
  }

  get hasAllowed(): boolean {
    return this.allowed.length > 0;
  }

  /** Nothing blocked and nothing to review. */
  get isClear(): boolean {
    return !this.hasBlocked && !this.hasWarned;
  }

  get blockedHelp(): string {
    return this.canOverride ? blockedOverrideHelp : blockedHelp;
  }
}
