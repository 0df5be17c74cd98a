/**
 * The Platform the interpreter runs on, over the in-memory org: sObject types and fields,
 * Schema tokens, labels, SOQL with governor counts, DML, and the static methods of custom
 * metadata types and hierarchy custom settings.
 */
import type { Platform } from '../interpreter/platform.ts';
import type { NativeContext } from '../natives.ts';
import type { Org } from '../org/index.ts';
import { asApexError } from './org-errors.ts';
import { primitive, type ApexValue } from '../values.ts';
import { runDml } from './dml.ts';
import { fieldTypeOf } from './field-types.ts';
import { PicklistConstants, type SchemaTokens } from './schema-natives.ts';
import { sobjectMethod } from './sobject-methods.ts';

const SOQL_QUERY_LIMIT = 100;
const QUERY_ROW_LIMIT = 50000;

export function createOrgPlatform(org: Org, tokens: SchemaTokens): Platform {
  const object = (name: string) => org.schema.object(name);
  return {
    sobjectName: (name) => object(name)?.name,
    fieldType: (sobject, field) => {
      const def = object(sobject);
      const fieldDef = def && org.schema.field(def, field);
      return fieldDef ? fieldTypeOf(fieldDef) : undefined;
    },
    relationship: (sobject, name) => {
      const def = object(sobject);
      const field = def && org.schema.parentRelationship(def, name);
      if (!field) return undefined;
      return { sobject: field.referenceTo[0] ?? 'Name', idField: field.name };
    },
    childRelationship: (sobject, name) => {
      const def = object(sobject);
      return def ? org.schema.childRelationship(def, name)?.childObject : undefined;
    },
    sobjectMember: (_ctx, sobject, member) => {
      const def = object(sobject);
      if (!def) return undefined;
      if (member.toLowerCase() === 'sobjecttype') return tokens.typeToken(def);
      const field = org.schema.field(def, member);
      if (!field) return undefined;
      if (field.type === 'PICKLIST' && def.kind === 'share' && field.name === 'RowCause') {
        return new PicklistConstants(field.picklistValues.map((value) => value.value));
      }
      return tokens.fieldToken(def, field);
    },
    label: (name) => org.label(name),
    query: (ctx, query, bind, options) => {
      const limits = ctx.runtime.limits;
      if (++limits.soqlQueries > SOQL_QUERY_LIMIT) {
        throw ctx.error('System.LimitException', `Too many SOQL queries: ${limits.soqlQueries}`);
      }
      const result = asApexError(ctx, () =>
        org.query(query, bind, { ...options, userId: ctx.runtime.currentUserId() }),
      );
      if (typeof result === 'number') return result;
      limits.queryRows += result.length;
      if (limits.queryRows > QUERY_ROW_LIMIT) {
        throw ctx.error('System.LimitException', `Too many query rows: ${limits.queryRows}`);
      }
      const rowType = query.select.some((item) => item.kind === 'aggregate')
        ? 'AggregateResult'
        : (object(query.from)?.name ?? query.from);
      const list = ctx.instantiate({ kind: 'list', elem: { kind: 'sobject', name: rowType } });
      for (const row of result) ctx.invoke(list, 'add', [row]);
      return list;
    },
    dml: (ctx, op, target, options) => {
      runDml(ctx, org, { op, ...options }, target);
    },
    sobjectMethod: (ctx, record, method, args) =>
      sobjectMethod(ctx, org, tokens, record, method, args),
    sobjectStaticMethod: (ctx, sobject, method, args) =>
      sobjectStatic(ctx, org, sobject, method, args),
  };
}

function sobjectStatic(
  ctx: NativeContext,
  org: Org,
  sobject: string,
  method: string,
  args: ApexValue[],
): { value: ApexValue } | undefined {
  const def = org.schema.object(sobject);
  if (!def) return undefined;
  const name = method.toLowerCase();
  const [first = null] = args;
  if (def.kind === 'customMetadata') {
    if (name === 'getall' && args.length === 0) {
      const map = ctx.instantiate({
        kind: 'map',
        key: primitive('String'),
        value: { kind: 'sobject', name: def.name },
      });
      for (const [developerName, record] of org.settings.metadataRecords(def.name)) {
        ctx.invoke(map, 'put', [developerName, record]);
      }
      return { value: map };
    }
    if (name === 'getinstance' && args.length === 1 && typeof first === 'string') {
      return { value: org.settings.metadataRecord(def.name, first) };
    }
  }
  if (def.kind === 'customSetting') {
    if (name === 'getorgdefaults' && args.length === 0)
      return { value: asApexError(ctx, () => org.settings.orgDefaults(def.name)) };
    if (name === 'getinstance') {
      const owner = typeof first === 'string' ? first : ctx.runtime.currentUserId();
      return { value: asApexError(ctx, () => org.settings.instance(def.name, owner)) };
    }
    if (name === 'getvalues' && typeof first === 'string') {
      return { value: asApexError(ctx, () => org.settings.values(def.name, first)) };
    }
  }
  return undefined;
}
