/**
 * Named Credentials as the org resolves them for `callout:<Name>/path`: the URL set locally, and
 * the headers of the linked External Credential's AuthHeader parameters, with their
 * `{!$Credential.<External>.<Parameter>}` merge fields filled from locally set principal
 * parameters (the gateway API key). Read from the project's metadata, never hard-coded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface ResolvedCredential {
  url: string;
  headers: Record<string, string>;
}

export interface LocalCredentialSettings {
  /** The endpoint URL admins would set on the named credential. */
  url: string;
  /** Authentication parameters of the external credential's principal (e.g. { ApiKey }). */
  parameters: Record<string, string>;
}

interface Parameter {
  parameterName?: string;
  parameterType?: string;
  parameterValue?: string;
  externalCredential?: string;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  isArray: (name) => name.endsWith('Parameters'),
});

function parametersOf(file: string, root: string, list: string): Parameter[] {
  const document = parser.parse(readFileSync(file, 'utf8')) as Record<
    string,
    Record<string, Parameter[]>
  >;
  return document[root]?.[list] ?? [];
}

const MERGE_FIELD = /\{!\$Credential\.([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)\}/g;

/** Resolves named credential `name` of the project in `metadataDir` (force-app/main/default). */
export function resolveCredential(
  metadataDir: string,
  name: string,
  settings: LocalCredentialSettings,
): ResolvedCredential {
  const named = parametersOf(
    join(metadataDir, 'namedCredentials', `${name}.namedCredential-meta.xml`),
    'NamedCredential',
    'namedCredentialParameters',
  );
  const external = named.find((p) => p.parameterType === 'Authentication')?.externalCredential;
  const headers: Record<string, string> = {};
  if (external) {
    const parameters = parametersOf(
      join(metadataDir, 'externalCredentials', `${external}.externalCredential-meta.xml`),
      'ExternalCredential',
      'externalCredentialParameters',
    );
    for (const header of parameters.filter((p) => p.parameterType === 'AuthHeader')) {
      if (!header.parameterName || header.parameterValue === undefined) continue;
      headers[header.parameterName] = header.parameterValue.replace(
        MERGE_FIELD,
        (_all, credential: string, parameter: string) => {
          const value = credential === external ? settings.parameters[parameter] : undefined;
          if (value === undefined)
            throw new Error(`No local value for $Credential.${credential}.${parameter}`);
          return value;
        },
      );
    }
  }
  return { url: settings.url.replace(/\/+$/, ''), headers };
}
