/**
 * System.JSON (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Json.htm):
 * serialize, serializePretty, deserialize, deserializeStrict, deserializeUntyped. Errors are
 * System.JSONException. Not implemented: createGenerator, createParser (JSONGenerator,
 * JSONParser).
 */
import { staticMethod, type NativeClass, type NativeContext } from '../../natives.ts';
import { TypeValue, type ApexValue } from '../../values.ts';
import { JsonError, parseJson } from './parser.ts';
import { toJsonValue } from './serialize.ts';
import { typedValue, type SObjectSchema } from './typed.ts';
import { untypedValue } from './untyped.ts';
import { render } from './writer.ts';

export type { SObjectSchema } from './typed.ts';

export interface JsonClassOptions {
  /** API version in sObject attribute URLs; the package's sourceApiVersion by default. */
  readonly apiVersion?: string;
  /** The org schema, needed to deserialize sObjects. */
  readonly schema?: SObjectSchema;
}

function textArg(ctx: NativeContext, value: ApexValue | undefined): string {
  if (value === null || value === undefined) {
    throw ctx.error('System.NullPointerException', 'Argument cannot be null.');
  }
  if (typeof value !== 'string') throw new TypeError('Expected a String');
  return value;
}

/** Runs a JSON operation, turning its errors into System.JSONException. */
function withJsonErrors<T>(ctx: NativeContext, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    if (error instanceof JsonError) throw ctx.error('System.JSONException', error.message);
    throw error;
  }
}

export function createJsonClasses(options: JsonClassOptions = {}): NativeClass[] {
  const apiVersion = options.apiVersion ?? '65.0';
  const serialize =
    (pretty: boolean) => (ctx: NativeContext, _self: ApexValue, args: ApexValue[]) => {
      const suppressApexObjectNulls = args[1] === true;
      return render(
        toJsonValue(ctx, args[0] ?? null, { suppressApexObjectNulls, apiVersion }),
        pretty,
      );
    };
  const deserialize =
    (strict: boolean) => (ctx: NativeContext, _self: ApexValue, args: ApexValue[]) => {
      const text = textArg(ctx, args[0]);
      const type = args[1];
      if (!(type instanceof TypeValue))
        throw ctx.error('System.NullPointerException', 'Argument cannot be null.');
      return withJsonErrors(ctx, () =>
        typedValue(ctx, parseJson(text), type.type, { strict, schema: options.schema, text }),
      );
    };
  const jsonClass: NativeClass = {
    name: 'System.JSON',
    methods: [
      staticMethod('serialize', ['Object'], 'String', serialize(false)),
      staticMethod('serialize', ['Object', 'Boolean'], 'String', serialize(false)),
      staticMethod('serializePretty', ['Object'], 'String', serialize(true)),
      staticMethod('serializePretty', ['Object', 'Boolean'], 'String', serialize(true)),
      staticMethod('deserialize', ['String', 'System.Type'], 'Object', deserialize(false)),
      staticMethod('deserializeStrict', ['String', 'System.Type'], 'Object', deserialize(true)),
      staticMethod('deserializeUntyped', ['String'], 'Object', (ctx, _self, [json]) => {
        const text = textArg(ctx, json);
        return withJsonErrors(ctx, () => untypedValue(ctx, parseJson(text)));
      }),
    ],
  };
  return [jsonClass];
}

/** System.JSON without an org schema (sObject deserialization then fails loudly). */
export const jsonClasses: NativeClass[] = createJsonClasses();
