/**
 * System.Integer and System.Long.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_integer.htm
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_long.htm
 */
import { method, staticMethod } from '../../natives.ts';
import type { NativeClass, NativeContext } from '../../natives.ts';
import { UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { isInteger, isLong, selfAs, stringArg } from './arguments.ts';
import { groupThousands } from './locale-format.ts';

const INTEGER_RANGE = { min: -(2n ** 31n), max: 2n ** 31n - 1n };
const LONG_RANGE = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

/** Java's parseInt/parseLong grammar: an optional sign and decimal digits, within range. */
function parseWhole(text: string, range: { min: bigint; max: bigint }): bigint | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const value = BigInt(text);
  return value >= range.min && value <= range.max ? value : null;
}

function parseOrThrow(text: string, typeName: 'integer' | 'long', ctx: NativeContext): bigint {
  const value = parseWhole(text, typeName === 'integer' ? INTEGER_RANGE : LONG_RANGE);
  if (value === null) throw ctx.error('System.TypeException', `Invalid ${typeName}: ${text}`);
  return value;
}

/** valueOf(Object) for history field values: the docs only describe values already of the type. */
function fromObject(value: ApexValue | undefined, typeName: string): ApexValue {
  throw new UnsupportedError(
    `${typeName}.valueOf(Object) with a ${value === null ? 'null' : typeof value} argument`,
  );
}

export const integerClass: NativeClass = {
  name: 'System.Integer',
  methods: [
    staticMethod('valueOf', ['String'], 'Integer', (ctx, _self, args) =>
      Number(parseOrThrow(stringArg(args, 0, ctx), 'integer', ctx)),
    ),
    staticMethod('valueOf', ['Object'], 'Integer', (ctx, _self, args) => {
      const value = args[0];
      if (typeof value === 'number') return value;
      if (typeof value === 'string') return Number(parseOrThrow(value, 'integer', ctx));
      return fromObject(value, 'Integer');
    }),
    method('format', [], 'String', (ctx, self) => groupThousands(selfAs(self, isInteger, ctx))),
  ],
};

export const longClass: NativeClass = {
  name: 'System.Long',
  methods: [
    staticMethod('valueOf', ['String'], 'Long', (ctx, _self, args) =>
      parseOrThrow(stringArg(args, 0, ctx), 'long', ctx),
    ),
    method('format', [], 'String', (ctx, self) => groupThousands(selfAs(self, isLong, ctx))),
    // Long.intValue keeps the low 32 bits, as Java's long-to-int narrowing does.
    method('intValue', [], 'Integer', (ctx, self) =>
      Number(BigInt.asIntN(32, selfAs(self, isLong, ctx))),
    ),
  ],
};
