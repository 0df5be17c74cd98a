/**
 * References of permission sets: every class, object, field, custom permission, tab, credential
 * principal, page, app, record type, flow, custom metadata type and custom setting a permission
 * set grants must exist in the project (or be a standard name). User permissions are the audit's.
 */
import { basename } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { type XmlElement, childrenNamed } from '../../lib/metadata-xml.ts';
import { type CheckContext, finding, isTrue, xmlFilesEnding } from '../context.ts';
import { READ_ONLY_FIELD_TYPES, UNGRANTABLE_FIELDS } from '../standard-names.ts';
import { NOT_AN_OBJECT, knownObject, projectFieldFacts, resolveQualifiedField } from './fields.ts';

export const PERMISSION_SET_SUFFIX = '.permissionset-meta.xml';

/** Each `<group><member>` reference of a permission set, with the element naming it. */
export function* grants(
  permissionSet: XmlElement,
  group: string,
  member: string,
): Generator<{ entry: XmlElement; reference: XmlElement }> {
  for (const entry of childrenNamed(permissionSet, group)) {
    for (const reference of childrenNamed(entry, member)) yield { entry, reference };
  }
}

export function permissionSetName(file: string): string {
  return basename(file, PERMISSION_SET_SUFFIX);
}

export function checkPermissionSets(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [file, xml] of xmlFilesEnding(context, PERMISSION_SET_SUFFIX)) {
    const who = `permission set ${permissionSetName(file)}`;
    const report = (at: XmlElement, message: string): void => {
      diagnostics.push(finding(file, at, `${who} ${message}`));
    };
    const { index } = context;

    for (const { reference } of grants(xml, 'classAccesses', 'apexClass')) {
      const apexClass = index.classes.get(reference.text);
      if (!apexClass) {
        report(
          reference,
          `grants class access to ${reference.text}, which is not an Apex class in this project`,
        );
      } else if (apexClass.isTest) {
        report(
          reference,
          `grants class access to ${reference.text}, which is an @IsTest class (test classes are not for users)`,
        );
      }
    }

    for (const { reference } of grants(xml, 'objectPermissions', 'object')) {
      if (!knownObject(context, reference.text)) {
        report(
          reference,
          `grants object permissions on ${reference.text}, which is ${NOT_AN_OBJECT}`,
        );
      }
    }

    for (const { entry, reference } of grants(xml, 'fieldPermissions', 'field')) {
      const lookup = resolveQualifiedField(context, reference.text);
      if ('problem' in lookup) {
        report(reference, `grants field permissions on ${reference.text}, ${lookup.problem}`);
        continue;
      }
      const { field } = lookup;
      if (UNGRANTABLE_FIELDS.has(field.name.toLowerCase())) {
        report(
          reference,
          `grants field permissions on ${reference.text}, a system field whose access the platform manages (it can't be granted)`,
        );
        continue;
      }
      const facts = projectFieldFacts(context, field);
      if (facts?.required || facts?.type === 'MasterDetail') {
        report(
          reference,
          `grants field permissions on ${reference.text}, which is ${facts.required ? 'required' : 'a master-detail field'} (always accessible, so it can't be granted)`,
        );
      } else if (
        isTrue(entry, 'editable') &&
        facts &&
        (facts.formula || READ_ONLY_FIELD_TYPES.has(facts.type))
      ) {
        report(
          reference,
          `grants edit on ${reference.text}, which is read-only (${facts.formula ? 'formula' : facts.type} field)`,
        );
      }
    }

    for (const { reference } of grants(xml, 'customPermissions', 'name')) {
      if (!index.customPermissions.has(reference.text)) {
        report(
          reference,
          `grants custom permission ${reference.text}, which is not a custom permission in this project`,
        );
      }
    }

    for (const { reference } of grants(xml, 'tabSettings', 'tab')) {
      if (!reference.text.startsWith('standard-') && !index.tabs.has(reference.text)) {
        report(
          reference,
          `sets tab visibility of ${reference.text}, which is neither a tab of this project nor a standard tab (standard-*)`,
        );
      }
    }

    for (const { reference } of grants(
      xml,
      'externalCredentialPrincipalAccesses',
      'externalCredentialPrincipal',
    )) {
      const problem = principalProblem(context, reference.text);
      if (problem)
        report(reference, `grants external credential principal ${reference.text}, ${problem}`);
    }

    for (const { reference } of grants(xml, 'pageAccesses', 'apexPage')) {
      if (!index.pages.has(reference.text)) {
        report(
          reference,
          `grants page access to ${reference.text}, which is not a Visualforce page in this project`,
        );
      }
    }

    for (const { reference } of grants(xml, 'applicationVisibilities', 'application')) {
      if (!reference.text.startsWith('standard__') && !index.applications.has(reference.text)) {
        report(
          reference,
          `sets visibility of app ${reference.text}, which is neither an app of this project nor a standard app (standard__*)`,
        );
      }
    }

    for (const { reference } of grants(xml, 'recordTypeVisibilities', 'recordType')) {
      if (!index.recordTypes.has(reference.text)) {
        report(
          reference,
          `sets visibility of record type ${reference.text}, which is not a record type in this project (Object.RecordType)`,
        );
      }
    }

    for (const { reference } of grants(xml, 'flowAccesses', 'flow')) {
      if (!index.flows.has(reference.text)) {
        report(
          reference,
          `grants flow access to ${reference.text}, which is not a flow in this project`,
        );
      }
    }

    for (const { reference } of grants(xml, 'customMetadataTypeAccesses', 'name')) {
      if (index.objects.get(reference.text)?.kind !== 'customMetadataType') {
        report(
          reference,
          `grants access to custom metadata type ${reference.text}, which is not a custom metadata type in this project`,
        );
      }
    }

    for (const { reference } of grants(xml, 'customSettingAccesses', 'name')) {
      if (index.objects.get(reference.text)?.kind !== 'customSetting') {
        report(
          reference,
          `grants access to custom setting ${reference.text}, which is not a custom setting in this project`,
        );
      }
    }
  }
  return diagnostics;
}

/**
 * `<ExternalCredential>-<PrincipalName>`: both must exist. Names may themselves hold hyphens, so
 * every split point is tried. Returns what is wrong, or undefined.
 */
function principalProblem(context: CheckContext, reference: string): string | undefined {
  let credentialWithoutPrincipal: string | undefined;
  for (let dash = reference.indexOf('-'); dash > 0; dash = reference.indexOf('-', dash + 1)) {
    const credential = context.index.externalCredentials.get(reference.slice(0, dash));
    if (!credential) continue;
    if (credential.principals.has(reference.slice(dash + 1))) return undefined;
    credentialWithoutPrincipal ??= `but external credential ${credential.name} has no principal named ${reference.slice(dash + 1)}`;
  }
  return (
    credentialWithoutPrincipal ??
    'which names no external credential of this project (expected <ExternalCredential>-<PrincipalName>)'
  );
}
