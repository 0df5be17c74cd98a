/**
 * Step 2 of the metadata gate: every reference of every metadata type resolves to something the
 * project declares or a standard Salesforce name. One module per metadata type.
 */
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { CheckContext } from './context.ts';
import { checkExternalCredentials, checkNamedCredentials } from './references/credentials.ts';
import { checkCustomMetadataRecords } from './references/custom-metadata.ts';
import { checkFlexiPages } from './references/flexipage.ts';
import { checkLayouts } from './references/layout.ts';
import { checkLwcImports, checkLwcMetadata } from './references/lwc.ts';
import { checkObjectFields } from './references/objects.ts';
import { checkPermissionSets } from './references/permission-set.ts';
import { checkQuickActions } from './references/quick-action.ts';

const CHECKS: ((context: CheckContext) => Diagnostic[])[] = [
  checkPermissionSets,
  checkQuickActions,
  checkLayouts,
  checkCustomMetadataRecords,
  checkNamedCredentials,
  checkExternalCredentials,
  checkLwcMetadata,
  checkLwcImports,
  checkObjectFields,
  checkFlexiPages,
];

export function checkReferences(context: CheckContext): Diagnostic[] {
  return CHECKS.flatMap((check) => check(context));
}
