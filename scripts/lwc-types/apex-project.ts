/**
 * The project's Apex as tools see it: every class's declarations plus the schema, with syntax
 * errors kept so each gate can decide what to do about them.
 */
import { readTopLevelType, type ApexTypeDeclaration } from '../lib/apex-model.ts';
import { parseApexFile, type ParsedApex } from '../lib/apex-source.ts';
import { listSourceFiles } from '../lib/project.ts';
import { SchemaCatalog } from '../lib/sobject-schema.ts';

export interface ApexProject {
  root: string;
  parsed: ParsedApex[];
  /** Top-level and inner types by lower-cased qualified name (`composecontext.recipient`). */
  types: Map<string, ApexTypeDeclaration>;
  catalog: SchemaCatalog;
}

function indexTypes(type: ApexTypeDeclaration, into: Map<string, ApexTypeDeclaration>): void {
  into.set(type.qualifiedName.toLowerCase(), type);
  for (const inner of type.innerTypes) indexTypes(inner, into);
}

export function loadApexProject(root: string): ApexProject {
  const files = listSourceFiles(root, (path) => /\.(cls|trigger)$/.test(path));
  const parsed = files.map(parseApexFile);
  const types = new Map<string, ApexTypeDeclaration>();
  for (const file of parsed) {
    const type = readTopLevelType(file);
    if (type) indexTypes(type, types);
  }
  return { root, parsed, types, catalog: new SchemaCatalog(root) };
}
