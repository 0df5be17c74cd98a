import { LightningElement, api } from 'lwc';
import type { SetupStatus_PermissionSetHolders } from '@salesforce/apex-types';
import { formatLabel } from 'c/secureSendSetupFormat';
import heading from '@salesforce/label/c.SecureSend_SetupPermissionsHeading';
import empty from '@salesforce/label/c.SecureSend_SetupPermissionsEmpty';
import holderCount from '@salesforce/label/c.SecureSend_SetupHolderCount';
import noHolders from '@salesforce/label/c.SecureSend_SetupNoHolders';
import moreHolders from '@salesforce/label/c.SecureSend_SetupMoreHolders';

const LABELS = Object.freeze({ heading, empty });

/** One rendered permission set. */
interface PermissionSetRow {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly countText: string;
  readonly holdersText: string;
}

/** The holders' names, then "and N more" when the server listed only the first ones. */
function holdersText(holders: SetupStatus_PermissionSetHolders): string {
  const names = holders.holders ?? [];
  const total = holders.holderCount ?? names.length;
  if (total === 0) {
    return noHolders;
  }
  const listed = names.join(', ');
  const more = total - names.length;
  return more > 0 && names.length > 0 ? `${listed} ${formatLabel(moreHolders, more)}` : listed;
}

/**
 * Who holds each SecureSend permission set: its label and description, how many users hold it,
 * and the names of the first holders.
 */
export default class SecureSendSetupPermissions extends LightningElement {
  /** SetupStatus.permissionSets. */
  @api permissionSets: readonly SetupStatus_PermissionSetHolders[] | null | undefined;

  readonly labels = LABELS;

  get rows(): PermissionSetRow[] {
    return (this.permissionSets ?? []).map((permissionSet, index) => ({
      key: permissionSet.name ?? String(index),
      label: permissionSet.label ?? permissionSet.name ?? '',
      description: permissionSet.description ?? '',
      countText: formatLabel(
        holderCount,
        permissionSet.holderCount ?? permissionSet.holders?.length ?? 0,
      ),
      holdersText: holdersText(permissionSet),
    }));
  }

  get hasRows(): boolean {
    return this.rows.length > 0;
  }
}
