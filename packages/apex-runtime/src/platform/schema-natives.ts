/**
 * Schema tokens and describes over the org's schema: `Case.SObjectType`, `Case.Subject`,
 * `Schema.SObjectType.Case` (a DescribeSObjectResult), `.fields.Subject` / `.fields.getMap()`,
 * getDescribe(), and access checks for the running user (isAccessible/isCreateable/isUpdateable).
 * Tokens are interned per org so `==` between them is identity, as in Apex.
 */
import { ApexMap } from '../collections.ts';
import { hooksFromContext } from '../equality.ts';
import { method, staticMethod, type NativeClass, type NativeContext } from '../natives.ts';
import type { FieldDef, ObjectDef, Org, PicklistValue } from '../org/index.ts';
import { NativeObject, SObjectValue, primitive, type ApexValue } from '../values.ts';

export class SObjectTypeToken extends NativeObject {
  readonly typeName = 'Schema.SObjectType';
  constructor(readonly object: ObjectDef) {
    super();
  }
}

export class SObjectFieldToken extends NativeObject {
  readonly typeName = 'Schema.SObjectField';
  constructor(
    readonly object: ObjectDef,
    readonly field: FieldDef,
  ) {
    super();
  }
}

export class DescribeSObject extends NativeObject {
  readonly typeName = 'Schema.DescribeSObjectResult';
  constructor(readonly object: ObjectDef) {
    super();
  }
}

export class DescribeField extends NativeObject {
  readonly typeName = 'Schema.DescribeFieldResult';
  constructor(
    readonly object: ObjectDef,
    readonly field: FieldDef,
  ) {
    super();
  }
}

/** `Secure_Message__Share.RowCause`: its picklist values by name (`.Manual` is 'Manual'). */
export class PicklistConstants extends NativeObject {
  readonly typeName = 'Schema.PicklistConstants';
  constructor(readonly values: string[]) {
    super();
  }
}

/** `describe.fields`: field describes by name (`fields.Subject`) and getMap(). */
export class FieldsOf extends NativeObject {
  readonly typeName = 'Schema.SObjectTypeFields';
  constructor(readonly object: ObjectDef) {
    super();
  }
}

export class SchemaTokens {
  private readonly types = new Map<string, SObjectTypeToken>();
  private readonly fields = new Map<string, SObjectFieldToken>();
  constructor(readonly org: Org) {}

  typeToken(object: ObjectDef): SObjectTypeToken {
    const key = object.name.toLowerCase();
    let token = this.types.get(key);
    if (!token) {
      token = new SObjectTypeToken(object);
      this.types.set(key, token);
    }
    return token;
  }

  fieldToken(object: ObjectDef, field: FieldDef): SObjectFieldToken {
    const key = `${object.name}.${field.name}`.toLowerCase();
    let token = this.fields.get(key);
    if (!token) {
      token = new SObjectFieldToken(object, field);
      this.fields.set(key, token);
    }
    return token;
  }
}

function self<T>(value: ApexValue, type: new (...args: never[]) => T): T {
  if (!(value instanceof type)) throw new Error(`expected ${type.name}`);
  return value;
}

export function schemaClasses(tokens: SchemaTokens): NativeClass[] {
  const { org } = tokens;
  const userId = (ctx: NativeContext): string => ctx.runtime.currentUserId();
  const objectAccess = (ctx: NativeContext, object: ObjectDef) =>
    org.permissions.objectAccess(userId(ctx), object.name);
  const fieldAccess = (ctx: NativeContext, object: ObjectDef, field: FieldDef) =>
    org.permissions.fieldAccess(userId(ctx), object.name, field.name);
  // "The map returned by getMap ... keys are lower-case and lookups are case-insensitive."
  const fieldMap = (ctx: NativeContext, object: ObjectDef): ApexValue => {
    const map = new CaseInsensitiveKeyMap(
      primitive('String'),
      { kind: 'class', name: 'Schema.SObjectField' },
      hooksFromContext(ctx),
    );
    for (const field of object.fields.values())
      map.put(field.name.toLowerCase(), tokens.fieldToken(object, field));
    return map;
  };
  const objectNamed = (name: string): ObjectDef | undefined => org.schema.object(name);
  return [
    {
      name: 'Schema.SObjectType',
      staticMember: (_ctx, name) => {
        const object = objectNamed(name);
        return object ? new DescribeSObject(object) : undefined;
      },
      methods: [
        method(
          'getDescribe',
          [],
          'Schema.DescribeSObjectResult',
          (_c, s) => new DescribeSObject(self(s, SObjectTypeToken).object),
        ),
        method(
          'getDescribe',
          ['Schema.SObjectDescribeOptions'],
          'Schema.DescribeSObjectResult',
          (_c, s) => new DescribeSObject(self(s, SObjectTypeToken).object),
        ),
        method(
          'newSObject',
          [],
          'SObject',
          (_c, s) => new SObjectValue(self(s, SObjectTypeToken).object.name),
        ),
        method('toString', [], 'String', (_c, s) => self(s, SObjectTypeToken).object.name),
      ],
    },
    {
      name: 'Schema.SObjectField',
      methods: [
        method('getDescribe', [], 'Schema.DescribeFieldResult', (_c, s) => {
          const token = self(s, SObjectFieldToken);
          return new DescribeField(token.object, token.field);
        }),
        method('toString', [], 'String', (_c, s) => self(s, SObjectFieldToken).field.name),
      ],
    },
    {
      name: 'Schema.DescribeSObjectResult',
      instanceFields: { fields: (_c, s) => new FieldsOf(self(s, DescribeSObject).object) },
      methods: [
        method('getName', [], 'String', (_c, s) => self(s, DescribeSObject).object.name),
        method('getLabel', [], 'String', (_c, s) => self(s, DescribeSObject).object.label),
        method(
          'getLabelPlural',
          [],
          'String',
          (_c, s) => self(s, DescribeSObject).object.labelPlural,
        ),
        method('getKeyPrefix', [], 'String', (_c, s) => self(s, DescribeSObject).object.keyPrefix),
        method('isCustom', [], 'Boolean', (_c, s) => self(s, DescribeSObject).object.custom),
        method('getSObjectType', [], 'Schema.SObjectType', (_c, s) =>
          tokens.typeToken(self(s, DescribeSObject).object),
        ),
        method(
          'isAccessible',
          [],
          'Boolean',
          (c, s) => objectAccess(c, self(s, DescribeSObject).object).read,
        ),
        method(
          'isCreateable',
          [],
          'Boolean',
          (c, s) => objectAccess(c, self(s, DescribeSObject).object).create,
        ),
        method(
          'isUpdateable',
          [],
          'Boolean',
          (c, s) => objectAccess(c, self(s, DescribeSObject).object).edit,
        ),
        method(
          'isDeletable',
          [],
          'Boolean',
          (c, s) => objectAccess(c, self(s, DescribeSObject).object).delete,
        ),
      ],
    },
    {
      name: 'Schema.SObjectTypeFields',
      instanceMember: (_ctx, s, name) => {
        const fields = self(s, FieldsOf);
        const field = org.schema.field(fields.object, name);
        return field ? new DescribeField(fields.object, field) : undefined;
      },
      methods: [
        method('getMap', [], 'Map<String,Schema.SObjectField>', (c, s) =>
          fieldMap(c, self(s, FieldsOf).object),
        ),
      ],
    },
    {
      name: 'Schema.DescribeFieldResult',
      methods: [
        method('getName', [], 'String', (_c, s) => self(s, DescribeField).field.name),
        method('getLabel', [], 'String', (_c, s) => self(s, DescribeField).field.label),
        method('getLength', [], 'Integer', (_c, s) => self(s, DescribeField).field.length),
        method('isNillable', [], 'Boolean', (_c, s) => self(s, DescribeField).field.nillable),
        method('getPicklistValues', [], 'List<Schema.PicklistEntry>', (ctx, s) => {
          const list = ctx.instantiate({
            kind: 'list',
            elem: { kind: 'class', name: 'Schema.PicklistEntry' },
          });
          for (const value of self(s, DescribeField).field.picklistValues)
            ctx.invoke(list, 'add', [new PicklistEntryValue(value)]);
          return list;
        }),
        method('isCustom', [], 'Boolean', (_c, s) => self(s, DescribeField).field.custom),
        method('getSObjectField', [], 'Schema.SObjectField', (_c, s) => {
          const describe = self(s, DescribeField);
          return tokens.fieldToken(describe.object, describe.field);
        }),
        method('isAccessible', [], 'Boolean', (c, s) => {
          const d = self(s, DescribeField);
          return fieldAccess(c, d.object, d.field).read;
        }),
        method('isUpdateable', [], 'Boolean', (c, s) => {
          const d = self(s, DescribeField);
          return d.field.updateable && fieldAccess(c, d.object, d.field).edit;
        }),
        method('isCreateable', [], 'Boolean', (c, s) => {
          const d = self(s, DescribeField);
          return d.field.createable && fieldAccess(c, d.object, d.field).edit;
        }),
      ],
    },
    {
      name: 'Schema.PicklistConstants',
      instanceMember: (_ctx, s, name) =>
        self(s, PicklistConstants).values.find(
          (value) => value.toLowerCase() === name.toLowerCase(),
        ),
      methods: [],
    },
    {
      name: 'Schema.PicklistEntry',
      methods: [
        method('getValue', [], 'String', (_c, s) => self(s, PicklistEntryValue).entry.value),
        method('getLabel', [], 'String', (_c, s) => self(s, PicklistEntryValue).entry.label),
        method('isActive', [], 'Boolean', (_c, s) => self(s, PicklistEntryValue).entry.active),
        method(
          'isDefaultValue',
          [],
          'Boolean',
          (_c, s) => self(s, PicklistEntryValue).entry.isDefault,
        ),
      ],
    },
    {
      name: 'Schema.SObjectDescribeOptions',
      staticFields: {
        DEFERRED: () => describeOption('DEFERRED'),
        FULL: () => describeOption('FULL'),
        DEFAULT: () => describeOption('DEFAULT'),
      },
      methods: [],
    },
    {
      name: 'Schema.Schema',
      methods: [
        staticMethod('getGlobalDescribe', [], 'Map<String,Schema.SObjectType>', (ctx) => {
          const map = new CaseInsensitiveKeyMap(
            primitive('String'),
            { kind: 'class', name: 'Schema.SObjectType' },
            hooksFromContext(ctx),
          );
          for (const object of org.schema.objects())
            map.put(object.name.toLowerCase(), tokens.typeToken(object));
          return map;
        }),
      ],
    },
  ];
}

/** Describe maps (fields.getMap(), getGlobalDescribe()) find String keys in any case. */
class CaseInsensitiveKeyMap extends ApexMap {
  override get(key: ApexValue): ApexValue | undefined {
    return super.get(typeof key === 'string' ? key.toLowerCase() : key);
  }

  override has(key: ApexValue): boolean {
    return super.has(typeof key === 'string' ? key.toLowerCase() : key);
  }
}

class PicklistEntryValue extends NativeObject {
  readonly typeName = 'Schema.PicklistEntry';
  constructor(readonly entry: PicklistValue) {
    super();
  }
}

class DescribeOption extends NativeObject {
  readonly typeName = 'Schema.SObjectDescribeOptions';
  constructor(readonly name: string) {
    super();
  }
}

const OPTIONS = new Map<string, DescribeOption>();
function describeOption(name: string): DescribeOption {
  let option = OPTIONS.get(name);
  if (!option) {
    option = new DescribeOption(name);
    OPTIONS.set(name, option);
  }
  return option;
}
