/**
 * Named credentials name an external credential of the project; external credentials declare
 * well-formed principals (a name, a type, a unique positive sequence number), at least one, so a
 * permission set has something to grant.
 */
import { basename } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { childText, childrenNamed } from '../../lib/metadata-xml.ts';
import { type CheckContext, descendantsNamed, finding, xmlFilesEnding } from '../context.ts';
import { PRINCIPAL_TYPES } from '../standard-names.ts';

export function checkNamedCredentials(context: CheckContext): Diagnostic[] {
  const suffix = '.namedCredential-meta.xml';
  const diagnostics: Diagnostic[] = [];
  for (const [file, xml] of xmlFilesEnding(context, suffix)) {
    for (const reference of descendantsNamed(xml, 'externalCredential')) {
      if (!context.index.externalCredentials.has(reference.text)) {
        diagnostics.push(
          finding(
            file,
            reference,
            `named credential ${basename(file, suffix)} authenticates with external credential ${reference.text}, which is not an external credential in this project`,
          ),
        );
      }
    }
  }
  return diagnostics;
}

export function checkExternalCredentials(context: CheckContext): Diagnostic[] {
  const suffix = '.externalCredential-meta.xml';
  const diagnostics: Diagnostic[] = [];
  for (const [file, xml] of xmlFilesEnding(context, suffix)) {
    const who = `external credential ${basename(file, suffix)}`;
    const names = new Map<string, number>();
    const sequences = new Map<string, number>();
    let principals = 0;
    for (const parameter of childrenNamed(xml, 'externalCredentialParameters')) {
      const type = childText(parameter, 'parameterType');
      const name = childText(parameter, 'parameterName');
      if (!type || !name) {
        diagnostics.push(
          finding(
            file,
            parameter,
            `${who} has a parameter without ${type ? 'parameterName' : 'parameterType'}`,
          ),
        );
        continue;
      }
      if (!PRINCIPAL_TYPES.has(type)) continue;
      principals++;
      const sequence = childText(parameter, 'sequenceNumber');
      if (!sequence || !/^[1-9]\d*$/.test(sequence)) {
        diagnostics.push(
          finding(
            file,
            parameter,
            `${who}: principal ${name} needs a positive integer sequenceNumber (has ${sequence ?? 'none'})`,
          ),
        );
      } else if (sequences.has(sequence)) {
        diagnostics.push(
          finding(
            file,
            parameter,
            `${who}: principal ${name} reuses sequenceNumber ${sequence} (line ${sequences.get(sequence)})`,
          ),
        );
      } else {
        sequences.set(sequence, parameter.line);
      }
      if (names.has(name.toLowerCase())) {
        diagnostics.push(
          finding(
            file,
            parameter,
            `${who} declares principal ${name} twice (first at line ${names.get(name.toLowerCase())})`,
          ),
        );
      } else {
        names.set(name.toLowerCase(), parameter.line);
      }
    }
    if (principals === 0) {
      diagnostics.push(
        finding(
          file,
          xml,
          `${who} declares no principal (NamedPrincipal or PerUserPrincipal), so no permission set can grant access to it`,
        ),
      );
    }
  }
  return diagnostics;
}
