/**
 * What the project declares, read from source-format file names (and a little XML): the things a
 * reference in a permission set, quick action, layout or credential may point at.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { hasAnnotation, readTopLevelType } from '../lib/apex-model.ts';
import { parseApexFile } from '../lib/apex-source.ts';
import { type XmlElement, childText, childrenNamed } from '../lib/metadata-xml.ts';
import { listSourceFiles, readSfdxProject } from '../lib/project.ts';
import { NameMap, safeDecode } from './names.ts';
import { PRINCIPAL_TYPES } from './standard-names.ts';

export interface Declared {
  /** API name as the project spells it, e.g. `SecureSendController`, `Case.Send_Securely`. */
  name: string;
  /** The file declaring it. */
  file: string;
}

export interface ApexClassDeclared extends Declared {
  isTest: boolean;
}

export interface ObjectDeclared extends Declared {
  kind: 'customObject' | 'customMetadataType' | 'customSetting' | 'platformEvent' | 'other';
}

export interface LwcDeclared extends Declared {
  /** The component folder. */
  folder: string;
  /** `<targets><target>` of the js-meta.xml. */
  targets: string[];
  /** Files of the folder (names only). */
  files: string[];
}

export interface PrincipalDeclared {
  name: string;
  type: string;
  line: number;
}

export interface ExternalCredentialDeclared extends Declared {
  principals: NameMap<PrincipalDeclared>;
}

export interface LabelDeclared extends Declared {
  line: number;
}

export interface ProjectIndex {
  namespace: string;
  classes: NameMap<ApexClassDeclared>;
  /** Objects with an `.object-meta.xml` in the project (custom objects, CMDTs, settings, events). */
  objects: NameMap<ObjectDeclared>;
  /** `Object.RecordType`. */
  recordTypes: NameMap<Declared>;
  /** `Object.ButtonOrLink`. */
  webLinks: NameMap<Declared>;
  customPermissions: NameMap<Declared>;
  permissionSets: NameMap<Declared>;
  tabs: NameMap<Declared>;
  pages: NameMap<Declared>;
  applications: NameMap<Declared>;
  flows: NameMap<Declared>;
  externalCredentials: NameMap<ExternalCredentialDeclared>;
  namedCredentials: NameMap<Declared>;
  lwc: NameMap<LwcDeclared>;
  /** `Object.Action`, or `Action` for global actions. */
  quickActions: NameMap<Declared>;
  /** `Object-Layout Name`. */
  layouts: NameMap<Declared>;
  /** `Type.Record` (without `__mdt`). */
  customMetadataRecords: NameMap<Declared>;
  labels: NameMap<LabelDeclared>;
}

/** File suffix -> index member, for the types whose name is the file name minus the suffix. */
const SIMPLE_TYPES = [
  ['.customPermission-meta.xml', 'customPermissions'],
  ['.permissionset-meta.xml', 'permissionSets'],
  ['.tab-meta.xml', 'tabs'],
  ['.page', 'pages'],
  ['.app-meta.xml', 'applications'],
  ['.flow-meta.xml', 'flows'],
  ['.namedCredential-meta.xml', 'namedCredentials'],
  ['.quickAction-meta.xml', 'quickActions'],
  ['.layout-meta.xml', 'layouts'],
  ['.md-meta.xml', 'customMetadataRecords'],
] as const;

function objectKind(name: string, xml: XmlElement | undefined): ObjectDeclared['kind'] {
  const lower = name.toLowerCase();
  if (lower.endsWith('__mdt')) return 'customMetadataType';
  if (lower.endsWith('__e')) return 'platformEvent';
  if (xml && childText(xml, 'customSettingsType')) return 'customSetting';
  if (lower.endsWith('__c')) return 'customObject';
  return 'other';
}

function isApexTest(file: string): boolean {
  try {
    const type = readTopLevelType(parseApexFile(file));
    if (type) return hasAnnotation(type, 'IsTest') !== undefined;
  } catch {
    // fall through to the textual check: a broken class is the Apex gates' finding
  }
  return /@IsTest\b/i.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''));
}

export function buildProjectIndex(root: string, xml: Map<string, XmlElement>): ProjectIndex {
  const namespace = readSfdxProject(root).namespace ?? '';
  const map = <T>(): NameMap<T> => new NameMap<T>(namespace);
  const index: ProjectIndex = {
    namespace,
    classes: map(),
    objects: map(),
    recordTypes: map(),
    webLinks: map(),
    customPermissions: map(),
    permissionSets: map(),
    tabs: map(),
    pages: map(),
    applications: map(),
    flows: map(),
    externalCredentials: map(),
    namedCredentials: map(),
    lwc: map(),
    quickActions: map(),
    layouts: map(),
    customMetadataRecords: map(),
    labels: map(),
  };

  for (const file of listSourceFiles(root, () => true)) {
    const name = basename(file);
    const parentFolder = basename(dirname(file));
    if (name.endsWith('.cls')) {
      const className = name.slice(0, -'.cls'.length);
      index.classes.set(className, { name: className, file, isTest: isApexTest(file) });
      continue;
    }
    if (name.endsWith('.object-meta.xml')) {
      const objectName = name.slice(0, -'.object-meta.xml'.length);
      index.objects.set(objectName, {
        name: objectName,
        file,
        kind: objectKind(objectName, xml.get(file)),
      });
      continue;
    }
    if (name.endsWith('.recordType-meta.xml') || name.endsWith('.webLink-meta.xml')) {
      const objectName = basename(dirname(dirname(file)));
      const member = name.endsWith('.recordType-meta.xml') ? index.recordTypes : index.webLinks;
      const memberName = `${objectName}.${name.replace(/\.(recordType|webLink)-meta\.xml$/, '')}`;
      member.set(memberName, { name: memberName, file });
      continue;
    }
    if (name.endsWith('.externalCredential-meta.xml')) {
      const credentialName = name.slice(0, -'.externalCredential-meta.xml'.length);
      const principals = map<PrincipalDeclared>();
      const root = xml.get(file);
      for (const parameter of root ? childrenNamed(root, 'externalCredentialParameters') : []) {
        const type = childText(parameter, 'parameterType') ?? '';
        const principalName = childText(parameter, 'parameterName');
        if (PRINCIPAL_TYPES.has(type) && principalName) {
          principals.set(principalName, { name: principalName, type, line: parameter.line });
        }
      }
      index.externalCredentials.set(credentialName, { name: credentialName, file, principals });
      continue;
    }
    if (name.endsWith('.js-meta.xml') && basename(dirname(dirname(file))) === 'lwc') {
      const component = name.slice(0, -'.js-meta.xml'.length);
      if (component !== parentFolder) continue;
      const folder = dirname(file);
      const meta = xml.get(file);
      const targets = meta
        ? childrenNamed(meta, 'targets').flatMap((targets) => childrenNamed(targets, 'target'))
        : [];
      index.lwc.set(component, {
        name: component,
        file,
        folder,
        targets: targets.map((target) => target.text),
        files: existsSync(folder) ? readdirSync(folder) : [],
      });
      continue;
    }
    if (name.endsWith('.labels-meta.xml')) {
      const labels = xml.get(file);
      for (const label of labels ? childrenNamed(labels, 'labels') : []) {
        const fullName = childText(label, 'fullName');
        if (fullName) index.labels.set(fullName, { name: fullName, file, line: label.line });
      }
      continue;
    }
    for (const [suffix, member] of SIMPLE_TYPES) {
      if (!name.endsWith(suffix)) continue;
      const memberName = name.slice(0, -suffix.length);
      // layout and quick action file names escape some characters (`%28` for `(`)
      const decoded = safeDecode(memberName);
      index[member].set(decoded, { name: decoded, file });
      break;
    }
  }
  return index;
}
