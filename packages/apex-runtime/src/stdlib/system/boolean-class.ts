/**
 * System.Boolean (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_boolean.htm).
 * valueOf(String) "returns true if the specified string value is true. Otherwise, returns false.
 * If the specified argument is null, this method throws an exception" (which exception is not
 * documented: unsupported here). 'true' matches in any case, as Java's Boolean.valueOf.
 * valueOf(Object) converts a Boolean or a String (history field values); other values fail as
 * unsupported.
 */
import { staticMethod, type NativeClass } from '../../natives.ts';
import { UnsupportedError, type ApexValue } from '../../values.ts';

function parseBoolean(text: string): boolean {
  return text.toLowerCase() === 'true';
}

function fromObject(value: ApexValue | undefined): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return parseBoolean(value);
  throw new UnsupportedError(
    `Boolean.valueOf(${value === null || value === undefined ? 'null' : 'a non-Boolean Object'})`,
  );
}

export const booleanClass: NativeClass = {
  name: 'System.Boolean',
  methods: [
    staticMethod('valueOf', ['String'], 'Boolean', (_ctx, _self, [value]) => fromObject(value)),
    staticMethod('valueOf', ['Object'], 'Boolean', (_ctx, _self, [value]) => fromObject(value)),
  ],
};
