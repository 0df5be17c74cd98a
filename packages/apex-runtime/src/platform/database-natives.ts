/**
 * Database.insert/update/upsert/delete with allOrNone and AccessLevel, their result objects,
 * savepoints, and FeatureManagement.checkPermission.
 */
import { method, staticMethod, type NativeClass, type NativeContext } from '../natives.ts';
import type { DmlRowResult, Org, OrgSnapshot } from '../org/index.ts';
import { NativeObject, type ApexValue } from '../values.ts';
import { runDml, type DmlRequest } from './dml.ts';

export class DmlResultValue extends NativeObject {
  constructor(
    readonly typeName: string,
    readonly result: DmlRowResult,
  ) {
    super();
  }
}

export class DmlErrorValue extends NativeObject {
  readonly typeName = 'Database.Error';
  constructor(readonly error: DmlRowResult['errors'][number]) {
    super();
  }
}

class SavepointValue extends NativeObject {
  readonly typeName = 'System.Savepoint';
  constructor(readonly snapshot: OrgSnapshot) {
    super();
  }
}

const RESULT_TYPES: Record<string, string> = {
  insert: 'Database.SaveResult',
  update: 'Database.SaveResult',
  upsert: 'Database.UpsertResult',
  delete: 'Database.DeleteResult',
  undelete: 'Database.UndeleteResult',
};

/** `AccessLevel.USER_MODE` values are NativeObjects whose typeName is System.AccessLevel. */
function accessLevelOf(value: ApexValue): 'user' | 'system' | undefined {
  if (!(value instanceof NativeObject) || value.typeName !== 'System.AccessLevel') return undefined;
  const mode =
    (value as NativeObject & { mode?: string }).mode ??
    String((value as unknown as { name?: string }).name ?? '');
  return /user/i.test(mode) ? 'user' : 'system';
}

/** statusCode: the System.StatusCode constant of a code name (the registry's enum value). */
export function databaseClasses(
  org: Org,
  statusCode: (ctx: NativeContext, code: string) => ApexValue,
): NativeClass[] {
  const dml =
    (op: DmlRequest['op']) => (ctx: NativeContext, _self: ApexValue, args: ApexValue[]) => {
      const [target = null, ...rest] = args;
      let allOrNone = true;
      let accessLevel: 'user' | 'system' = 'system';
      let externalIdField: string | undefined;
      for (const option of rest) {
        if (typeof option === 'boolean') allOrNone = option;
        else if (accessLevelOf(option)) accessLevel = accessLevelOf(option) ?? 'system';
        else if (option && typeof option === 'object' && 'field' in option) {
          externalIdField = (option as { field: { name: string } }).field.name;
        }
      }
      const results = runDml(
        ctx,
        org,
        { op, allOrNone, accessLevel, enforceSharing: false, externalIdField },
        target,
      );
      const typeName = RESULT_TYPES[op] ?? 'Database.SaveResult';
      const values = results.map((result) => new DmlResultValue(typeName, result));
      const single = !(target && typeof target === 'object' && 'items' in target);
      if (single) return values[0] ?? null;
      return listOf(ctx, typeName, values);
    };
  const signatures = (op: DmlRequest['op'], target: string) => {
    const name = op;
    return [
      staticMethod(name, [target], 'Object', dml(op)),
      staticMethod(name, [target, 'Boolean'], 'Object', dml(op)),
      staticMethod(name, [target, 'System.AccessLevel'], 'Object', dml(op)),
      staticMethod(name, [target, 'Boolean', 'System.AccessLevel'], 'Object', dml(op)),
    ];
  };
  const resultMethods = [
    method('isSuccess', [], 'Boolean', (_c, s) => (s as DmlResultValue).result.success),
    method('getId', [], 'Id', (_c, s) => (s as DmlResultValue).result.id),
    method('isCreated', [], 'Boolean', (_c, s) => (s as DmlResultValue).result.created ?? false),
    method('getErrors', [], 'List<Database.Error>', (c, s) =>
      listOf(
        c,
        'Database.Error',
        (s as DmlResultValue).result.errors.map((e) => new DmlErrorValue(e)),
      ),
    ),
  ];
  return [
    {
      name: 'Database.Database',
      methods: [
        ...(['insert', 'update', 'delete', 'undelete'] as const).flatMap((op) => [
          ...signatures(op, 'SObject'),
          ...signatures(op, 'List<SObject>'),
        ]),
        ...['SObject', 'List<SObject>'].flatMap((target) => [
          ...signatures('upsert', target),
          staticMethod('upsert', [target, 'Schema.SObjectField'], 'Object', dml('upsert')),
          staticMethod(
            'upsert',
            [target, 'Schema.SObjectField', 'Boolean'],
            'Object',
            dml('upsert'),
          ),
          staticMethod(
            'upsert',
            [target, 'Schema.SObjectField', 'System.AccessLevel'],
            'Object',
            dml('upsert'),
          ),
          staticMethod(
            'upsert',
            [target, 'Schema.SObjectField', 'Boolean', 'System.AccessLevel'],
            'Object',
            dml('upsert'),
          ),
        ]),
        staticMethod(
          'setSavepoint',
          [],
          'System.Savepoint',
          () => new SavepointValue(org.snapshot()),
        ),
        staticMethod('rollback', ['System.Savepoint'], 'void', (ctx, _s, [savepoint]) => {
          if (!(savepoint instanceof SavepointValue))
            throw ctx.error('System.NullPointerException', 'Attempt to de-reference a null object');
          org.restore(savepoint.snapshot);
          return null;
        }),
      ],
    },
    { name: 'Database.SaveResult', methods: resultMethods },
    { name: 'Database.UpsertResult', methods: resultMethods },
    { name: 'Database.DeleteResult', methods: resultMethods },
    { name: 'Database.UndeleteResult', methods: resultMethods },
    {
      name: 'Database.Error',
      methods: [
        method('getMessage', [], 'String', (_c, s) => (s as DmlErrorValue).error.message),
        method('getStatusCode', [], 'System.StatusCode', (c, s) =>
          statusCode(c, (s as DmlErrorValue).error.statusCode),
        ),
        method('getFields', [], 'List<String>', (c, s) =>
          listOf(c, 'String', (s as DmlErrorValue).error.fields),
        ),
      ],
    },
    { name: 'System.Savepoint', methods: [] },
    {
      name: 'System.FeatureManagement',
      methods: [
        staticMethod('checkPermission', ['String'], 'Boolean', (ctx, _s, [name]) => {
          if (typeof name !== 'string')
            throw ctx.error('System.NullPointerException', 'Attempt to de-reference a null object');
          return org.permissions.hasCustomPermission(ctx.runtime.currentUserId(), name);
        }),
      ],
    },
  ];
}

function listOf(ctx: NativeContext, elemType: string, values: ApexValue[]): ApexValue {
  const type = ctx.resolveType(elemType) ?? { kind: 'primitive' as const, name: 'Object' as const };
  const list = ctx.instantiate({ kind: 'list', elem: type });
  for (const value of values) ctx.invoke(list, 'add', [value]);
  return list;
}
