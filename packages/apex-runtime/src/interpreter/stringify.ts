/**
 * String.valueOf and string concatenation for every kind of value: primitives as the standard
 * library formats them, collections as `(a, b)` / `{a, b}` / `{k=v}`, sObjects as
 * `Case:{Id=..., Subject=...}`, user objects through their toString() or as
 * `ClassName:[field=value, ...]`.
 */
import { collectionToString } from '../collections.ts';
import { isCollection } from '../equality.ts';
import { formatPrimitive } from '../stdlib/numbers/format-primitive.ts';
import {
  ApexEnumValue,
  ApexInstance,
  NativeObject,
  SObjectValue,
  TypeValue,
  UnsupportedError,
  type ApexValue,
} from '../values.ts';
import { exceptionMessage, isReservedField } from './exceptions.ts';
import type { Interpreter } from './interpreter.ts';
import { typeName } from './registry.ts';

export function stringifyValue(interp: Interpreter, value: ApexValue): string {
  const primitive = formatPrimitive(value);
  if (primitive !== undefined) return primitive;
  const recurse = (item: ApexValue): string => stringifyValue(interp, item);
  if (isCollection(value)) return collectionToString(value, recurse);
  if (value instanceof SObjectValue) {
    const fields = [...value.fields.entries()].map(
      ([key, field]) => `${value.names.get(key) ?? key}=${recurse(field)}`,
    );
    return `${value.sobjectType}:{${fields.join(', ')}}`;
  }
  if (value instanceof ApexEnumValue) return value.name;
  if (value instanceof TypeValue) return typeName(value.type);
  if (value instanceof ApexInstance) return instanceString(interp, value, recurse);
  if (value instanceof NativeObject) {
    const native = interp.registry.nativeByName(value.typeName);
    if (
      native?.methods.some(
        (m) => !m.isStatic && m.name.toLowerCase() === 'tostring' && m.params.length === 0,
      )
    ) {
      return textOf(interp.callNative(native, 'toString', value, [], false));
    }
    return value.typeName;
  }
  throw new UnsupportedError('String.valueOf of this kind of value');
}

/** A String result of a toString() call (null prints as 'null'). */
function textOf(value: ApexValue): string {
  return typeof value === 'string' ? value : 'null';
}

function instanceString(
  interp: Interpreter,
  value: ApexInstance,
  recurse: (v: ApexValue) => string,
): string {
  const custom = interp.findUserMethod(value.cls.name, 'tostring', 0);
  if (custom) return textOf(interp.invokeUser(custom.cls, custom.decl, value, []));
  const cls = interp.registry.classByName(value.cls.name);
  if (cls && interp.isException(cls))
    return `${value.cls.name}: ${exceptionMessage(value) ?? 'null'}`;
  const fields = [...value.fields.entries()]
    .filter(([key]) => !isReservedField(key))
    .map(([key, field]) => `${key}=${recurse(field)}`);
  return `${value.cls.name}:[${fields.join(', ')}]`;
}
