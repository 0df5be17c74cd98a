/**
 * Finds every object and field named in the static SOQL of an Apex file, with positions, and
 * resolves them against the schema. Used by the SOQL field gate (what does not exist) and by the
 * LWC type generator (which fields of a standard object the project actually uses).
 */
import {
  BoundExpressionContext,
  FieldNameContext,
  ForClausesContext,
  FromNameListContext,
  QueryContext,
  SelectEntryContext,
  SubFieldEntryContext,
  SubQueryContext,
  TypeOfContext,
  UpdateListContext,
  UsingScopeContext,
  WithClauseContext,
  type ApexParserRuleContext,
} from '@apexdevtools/apex-parser';
import { type ParsedApex, positionOf, walkTree } from './apex-source.ts';
import type { SchemaCatalog } from './sobject-schema.ts';

export interface SoqlPosition {
  line: number;
  column: number;
}

/** An object named after FROM (or a child relationship named in a subquery's FROM). */
export interface SoqlObjectReference extends SoqlPosition {
  kind: 'object' | 'child-relationship';
  name: string;
  /** For a child relationship: the object it hangs off. */
  parentObject?: string;
}

/** A field path (`Contact.Account.Name`) read against `objectName`. */
export interface SoqlFieldReference extends SoqlPosition {
  objectName: string;
  path: string[];
}

export interface SoqlReferences {
  objects: SoqlObjectReference[];
  fields: SoqlFieldReference[];
}

type Scope = { objectName: string | undefined; aliases: Set<string> };

/** Every SOQL reference in a parsed Apex file. Objects that cannot be resolved stop their scope. */
export function collectSoqlReferences(parsed: ParsedApex, catalog: SchemaCatalog): SoqlReferences {
  const references: SoqlReferences = { objects: [], fields: [] };
  walkTree(parsed.unit, (node) => {
    if (node instanceof QueryContext) {
      readScope(node, topLevelObject(node.fromNameList(), references), references, catalog);
      return false;
    }
    return true;
  });
  return references;
}

function topLevelObject(from: FromNameListContext, references: SoqlReferences): Scope {
  const nameNode = from.fieldName(0);
  const name = nameNode?.getText() ?? '';
  if (nameNode) references.objects.push({ kind: 'object', name, ...positionOf(nameNode) });
  const aliases = new Set(from.soqlId_list().map((alias) => alias.getText().toLowerCase()));
  return { objectName: name, aliases };
}

function readScope(
  scopeNode: QueryContext | SubQueryContext,
  scope: Scope,
  references: SoqlReferences,
  catalog: SchemaCatalog,
): void {
  // Aggregate aliases (`COUNT(Id) total`) may be used in HAVING/ORDER BY like field names.
  const selectAliases = new Set<string>();
  walkTree(scopeNode, (node) => {
    if (node instanceof SubQueryContext) return false;
    if (node instanceof SelectEntryContext || node instanceof SubFieldEntryContext) {
      const alias = node.soqlId()?.getText();
      if (alias) selectAliases.add(alias.toLowerCase());
    }
    return true;
  });

  walkTree(scopeNode, (node) => {
    if (
      node instanceof FromNameListContext ||
      node instanceof BoundExpressionContext ||
      node instanceof WithClauseContext ||
      node instanceof UsingScopeContext ||
      node instanceof ForClausesContext ||
      node instanceof UpdateListContext
    ) {
      return false;
    }
    if (node instanceof SubQueryContext) {
      readSubQuery(node, scope, references, catalog);
      return false;
    }
    if (node instanceof TypeOfContext) {
      readTypeOf(node, scope, references);
      return false;
    }
    if (node instanceof FieldNameContext) {
      const path = fieldPath(node, scope);
      const isAlias = path.length === 1 && selectAliases.has((path[0] ?? '').toLowerCase());
      if (scope.objectName && path.length > 0 && !isAlias) {
        references.fields.push({ objectName: scope.objectName, path, ...positionOf(node) });
      }
      return false;
    }
    return true;
  });
}

/** A subquery is either a child relationship (in the select list) or a semi-join (in WHERE). */
function readSubQuery(
  node: SubQueryContext,
  outer: Scope,
  references: SoqlReferences,
  catalog: SchemaCatalog,
): void {
  let isChildRelationship = false;
  for (
    let parent: ApexParserRuleContext | undefined = node.parentCtx;
    parent;
    parent = parent.parentCtx
  ) {
    if (parent instanceof SelectEntryContext || parent instanceof SubFieldEntryContext)
      isChildRelationship = true;
    if (parent instanceof QueryContext || parent instanceof SubQueryContext) break;
  }
  if (!isChildRelationship) {
    readScope(node, topLevelObject(node.fromNameList(), references), references, catalog);
    return;
  }
  const nameNode = node.fromNameList().fieldName(0);
  if (!nameNode) return;
  const relationship = fieldPath(nameNode, outer).join('.');
  references.objects.push({
    kind: 'child-relationship',
    name: relationship,
    parentObject: outer.objectName,
    ...positionOf(nameNode),
  });
  const child = outer.objectName
    ? catalog.object(outer.objectName)?.childRelationships.get(relationship.toLowerCase())
    : undefined;
  const aliases = new Set(
    node
      .fromNameList()
      .soqlId_list()
      .map((alias) => alias.getText().toLowerCase()),
  );
  readScope(node, { objectName: child?.target, aliases }, references, catalog);
}

/** `TYPEOF What WHEN Account THEN Name ... END`: each branch reads fields of its own object. */
function readTypeOf(node: TypeOfContext, scope: Scope, references: SoqlReferences): void {
  const polymorphic = fieldPath(node.fieldName(), scope);
  if (scope.objectName) {
    references.fields.push({
      objectName: scope.objectName,
      path: polymorphic,
      ...positionOf(node.fieldName()),
    });
  }
  for (const branch of node.whenClause_list()) {
    const objectName = branch.fieldName().getText();
    references.objects.push({
      kind: 'object',
      name: objectName,
      ...positionOf(branch.fieldName()),
    });
    for (const field of branch.fieldNameList().fieldName_list()) {
      references.fields.push({
        objectName,
        path: fieldPath(field, { objectName, aliases: new Set() }),
        ...positionOf(field),
      });
    }
  }
}

function fieldPath(node: FieldNameContext, scope: Scope): string[] {
  const path = node.soqlId_list().map((segment) => segment.getText());
  const first = path[0]?.toLowerCase();
  if (path.length > 1 && first !== undefined && scope.aliases.has(first)) path.shift();
  return path;
}

export type FieldResolution =
  | {
      ok: true;
      steps: {
        objectName: string;
        member: string;
        kind: 'field' | 'relationship';
        target?: string;
      }[];
    }
  | { ok: false; message: string };

/** Walks `Contact.Account.Name` from `objectName`: every segment but the last must be a relationship. */
export function resolveFieldPath(
  catalog: SchemaCatalog,
  objectName: string,
  path: string[],
): FieldResolution {
  const steps: Extract<FieldResolution, { ok: true }>['steps'] = [];
  let current = catalog.object(objectName);
  if (!current) return { ok: false, message: `unknown object ${objectName}` };
  for (const [index, segment] of path.entries()) {
    const key = segment.toLowerCase();
    const isLast = index === path.length - 1;
    const relationship = current.parentRelationships.get(key);
    if (!isLast || (relationship && !current.fields.has(key))) {
      if (!relationship) {
        return {
          ok: false,
          message: `${current.name} has no relationship named ${segment} (in ${path.join('.')})`,
        };
      }
      steps.push({
        objectName: current.name,
        member: relationship.name,
        kind: 'relationship',
        target: relationship.target,
      });
      if (isLast) break;
      const next = catalog.object(relationship.target);
      if (!next)
        return {
          ok: false,
          message: `${current.name}.${segment} points at unknown object ${relationship.target}`,
        };
      current = next;
      continue;
    }
    const field = current.fields.get(key);
    if (!field) {
      return {
        ok: false,
        message: `no field ${segment} on ${current.name}${path.length > 1 ? ` (in ${path.join('.')})` : ''}`,
      };
    }
    steps.push({ objectName: current.name, member: field.name, kind: 'field' });
  }
  return { ok: true, steps };
}
