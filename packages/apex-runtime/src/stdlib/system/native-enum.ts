/**
 * System enums declared in TypeScript: one cached ApexEnumValue per constant (so `==`, `equals`
 * and switch all see the same object), static `values()` and `valueOf(String)` as user enums
 * have them.
 */
import { ApexList } from '../../collections.ts';
import { staticMethod, type NativeClass } from '../../natives.ts';
import { ApexEnumValue, UnsupportedError } from '../../values.ts';
import { stringArg } from './arguments.ts';

export interface NativeEnum {
  readonly nativeClass: NativeClass;
  /** The constant named `name` (exact spelling), or undefined. */
  constant(name: string): ApexEnumValue | undefined;
}

/**
 * `complete`: false when only some of the platform's constants are declared; then `values()` is
 * absent and an unknown `valueOf` name fails as unsupported instead of "No enum constant".
 */
export function nativeEnum(
  enumType: string,
  names: readonly string[],
  complete: boolean,
): NativeEnum {
  const constants = names.map((name, ordinal) => new ApexEnumValue(enumType, name, ordinal));
  const byName = new Map(constants.map((value) => [value.name, value]));
  const byLowerName = new Map(constants.map((value) => [value.name.toLowerCase(), value]));
  const elemType = { kind: 'class', name: enumType } as const;

  const valuesMethod = staticMethod(
    'values',
    [],
    `List<${enumType}>`,
    () => new ApexList(elemType, [...constants]),
  );
  const valueOfMethod = staticMethod('valueOf', ['String'], enumType, (ctx, _self, [name]) => {
    const text = stringArg(name, `${enumType}.valueOf`);
    const found = byName.get(text);
    if (found) return found;
    if (!complete) {
      throw new UnsupportedError(`${enumType}.${text} (constant not declared in this runtime)`);
    }
    throw ctx.error('System.NoSuchElementException', `No enum constant ${enumType}.${text}`);
  });

  return {
    nativeClass: {
      name: enumType,
      methods: complete ? [valuesMethod, valueOfMethod] : [valueOfMethod],
      // Enum constants are written in any case in Apex (logginglevel.INFO).
      staticMember: (_ctx, name) => {
        const found = byLowerName.get(name.toLowerCase());
        if (!found && !complete)
          throw new UnsupportedError(`${enumType}.${name} (constant not declared in this runtime)`);
        return found;
      },
    },
    constant: (name) => byName.get(name),
  };
}
