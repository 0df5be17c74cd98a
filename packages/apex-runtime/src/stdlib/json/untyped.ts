/**
 * JSON.deserializeUntyped: objects become Map<String, Object> (member order kept), arrays
 * List<Object>, strings String, true/false Boolean, null null; a number without fraction or
 * exponent is an Integer when it fits 32 bits, else a Long, else a Decimal; any other number is a
 * Decimal keeping its written scale (the documented example reads 2000 as an Integer and 1023.45
 * as a Decimal,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Json.htm).
 */
import { ApexList, ApexMap } from '../../collections.ts';
import { hooksFromContext } from '../../equality.ts';
import type { NativeContext } from '../../natives.ts';
import { OBJECT_TYPE, primitive, type ApexValue } from '../../values.ts';
import { decimalFromJson, integerFromJson } from './numbers.ts';
import type { JsonNode } from './parser.ts';

export function untypedValue(ctx: NativeContext, node: JsonNode): ApexValue {
  switch (node.kind) {
    case 'null':
      return null;
    case 'boolean':
    case 'string':
      return node.value;
    case 'number':
      return (
        (node.isInteger ? integerFromJson(node.text) : undefined) ?? decimalFromJson(node.text)
      );
    case 'array':
      return new ApexList(
        OBJECT_TYPE,
        node.items.map((item) => untypedValue(ctx, item)),
      );
    case 'object': {
      const map = new ApexMap(primitive('String'), OBJECT_TYPE, hooksFromContext(ctx));
      for (const [name, member] of node.members) map.put(name, untypedValue(ctx, member));
      return map;
    }
  }
}
