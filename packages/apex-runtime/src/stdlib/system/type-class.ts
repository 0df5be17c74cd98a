/**
 * System.Type: `Foo.class` values and Type.forName
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_type.htm).
 * "If no type with that name exists, forName returns null."
 * Not implemented: isAssignableFrom between two different non-Object types (NativeContext has no
 * assignability check; it fails as unsupported), forName of generic names ('List<String>').
 */
import { typeName } from '../../interpreter/registry.ts';
import { method, staticMethod, type NativeClass, type NativeContext } from '../../natives.ts';
import { OBJECT_TYPE, TypeValue, UnsupportedError, type ApexValue } from '../../values.ts';
import { typeArg } from './arguments.ts';

const QUALIFIED_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;

function forName(ctx: NativeContext, name: ApexValue | undefined): TypeValue | null {
  if (typeof name !== 'string') return null;
  const text = name.trim();
  if (text.includes('<')) throw new UnsupportedError(`Type.forName of a generic type (${text})`);
  if (!QUALIFIED_NAME.test(text)) return null;
  const type = ctx.resolveType(text);
  return type ? new TypeValue(type) : null;
}

function self(value: ApexValue): TypeValue {
  return typeArg(value, 'System.Type');
}

function isAssignableFrom(target: TypeValue, source: TypeValue): boolean {
  if (typeName(target.type) === typeName(source.type)) return true;
  if (typeName(target.type) === typeName(OBJECT_TYPE)) return true;
  throw new UnsupportedError(
    `Type.isAssignableFrom(${typeName(target.type)}, ${typeName(source.type)})`,
  );
}

export const typeClass: NativeClass = {
  name: 'System.Type',
  methods: [
    staticMethod('forName', ['String'], 'System.Type', (ctx, _self, [name]) => forName(ctx, name)),
    staticMethod(
      'forName',
      ['String', 'String'],
      'System.Type',
      (ctx, _self, [namespace, name]) => {
        if (typeof name !== 'string') return null;
        const prefix =
          typeof namespace === 'string' && namespace.trim() !== '' ? `${namespace.trim()}.` : '';
        return forName(ctx, `${prefix}${name}`);
      },
    ),
    method('getName', [], 'String', (_ctx, value) => typeName(self(value).type)),
    method('toString', [], 'String', (_ctx, value) => typeName(self(value).type)),
    method('newInstance', [], 'Object', (ctx, value) => ctx.instantiate(self(value).type)),
    method('equals', ['Object'], 'Boolean', (ctx, value, [other = null]) =>
      ctx.equals(self(value), other),
    ),
    method('hashCode', [], 'Integer', (ctx, value) => ctx.hashCode(self(value))),
    method('isAssignableFrom', ['System.Type'], 'Boolean', (_ctx, value, [source]) =>
      isAssignableFrom(self(value), typeArg(source, 'Type.isAssignableFrom')),
    ),
  ],
};
