/**
 * Step 4 of the metadata gate: what permission sets grant stays least-privilege, per
 * config/metadata-policy.json. No system (user) permission outside the allow-list (which starts
 * empty), never the forbidden ones; no View All / Modify All on any object; the audit objects are
 * never deletable and editable only by the permission sets the policy names.
 */
import type { Diagnostic } from '../lib/diagnostics.ts';
import { displayPath, repoRoot } from '../lib/project.ts';
import { type CheckContext, RULE_AUDIT, finding, isTrue, xmlFilesEnding } from './context.ts';
import { nameKey } from './names.ts';
import { PERMISSION_SET_SUFFIX, grants, permissionSetName } from './references/permission-set.ts';

export function auditPermissionSets(context: CheckContext): Diagnostic[] {
  const { policy, index } = context;
  const policyFile = displayPath(policy.file, repoRoot);
  const lower = (names: string[]): Set<string> => new Set(names.map((name) => name.toLowerCase()));
  const allowed = lower(policy.allowedUserPermissions);
  const forbidden = lower(policy.forbiddenUserPermissions);
  const auditObjects = new Set(policy.auditObjects.map((name) => nameKey(name, index.namespace)));
  const editors = new Set(policy.auditObjectEditors.map((name) => nameKey(name, index.namespace)));
  const diagnostics: Diagnostic[] = [];

  for (const [file, xml] of xmlFilesEnding(context, PERMISSION_SET_SUFFIX)) {
    const name = permissionSetName(file);
    const report = (at: Parameters<typeof finding>[1], message: string): void => {
      diagnostics.push(finding(file, at, `permission set ${name} ${message}`, RULE_AUDIT));
    };

    for (const { entry, reference } of grants(xml, 'userPermissions', 'name')) {
      if (!isTrue(entry, 'enabled')) continue;
      const permission = reference.text;
      if (forbidden.has(permission.toLowerCase())) {
        report(
          reference,
          `grants system permission ${permission}, which ${policyFile} forbids (forbiddenUserPermissions)`,
        );
      } else if (!allowed.has(permission.toLowerCase())) {
        report(
          reference,
          `grants system permission ${permission}, which is not in allowedUserPermissions of ${policyFile} (persona permission sets need no system permissions)`,
        );
      }
    }

    for (const { entry, reference } of grants(xml, 'objectPermissions', 'object')) {
      const objectName = reference.text;
      for (const flag of policy.forbiddenObjectPermissions) {
        for (const element of entry.children.filter(
          (child) => child.name === flag && child.text === 'true',
        )) {
          report(
            element,
            `grants ${flag} on ${objectName}, which ${policyFile} forbids on every object (forbiddenObjectPermissions)`,
          );
        }
      }
      if (!auditObjects.has(nameKey(objectName, index.namespace))) continue;
      for (const element of entry.children.filter(
        (child) => child.name === 'allowDelete' && child.text === 'true',
      )) {
        report(
          element,
          `grants delete on audit object ${objectName}: the audit trail is never deletable (auditObjects in ${policyFile})`,
        );
      }
      if (editors.has(nameKey(name, index.namespace))) continue;
      for (const element of entry.children.filter(
        (child) => child.name === 'allowEdit' && child.text === 'true',
      )) {
        report(
          element,
          `grants edit on audit object ${objectName}, but is not one of the auditObjectEditors in ${policyFile}`,
        );
      }
    }
  }
  return diagnostics;
}
