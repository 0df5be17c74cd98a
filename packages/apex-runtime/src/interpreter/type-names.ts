/**
 * Type names written as text in native method tables ('List<String>', 'Map<String,Object>',
 * 'Schema.SObjectType') parsed into ApexTypes, cached.
 */
import type { TypeRef } from '../ast.ts';
import { OBJECT_TYPE, type ApexType } from '../values.ts';
import type { Interpreter } from './interpreter.ts';

const cache = new Map<string, TypeRef>();

/** Parses 'Map<String,List<Id>>' into a TypeRef. */
export function parseTypeRef(text: string): TypeRef {
  let position = 0;
  const parse = (): TypeRef => {
    const match = /^\s*([A-Za-z_][\w.]*)\s*/.exec(text.slice(position));
    if (!match?.[1]) throw new Error(`Bad native type name: ${text}`);
    position += match[0].length;
    const ref: TypeRef = { names: match[1].split('.'), args: [], arrayDims: 0, line: 0 };
    if (text[position] === '<') {
      position++;
      ref.args.push(parse());
      while (text[position] === ',') {
        position++;
        ref.args.push(parse());
      }
      if (text[position] !== '>') throw new Error(`Bad native type name: ${text}`);
      position++;
      while (text[position] === ' ') position++;
    }
    while (text.slice(position, position + 2) === '[]') {
      ref.arrayDims++;
      position += 2;
    }
    return ref;
  };
  return parse();
}

/** The type a native parameter name denotes; unknown names count as Object (never rejected). */
export function parseTypeName(interp: Interpreter, text: string): ApexType {
  let ref = cache.get(text);
  if (!ref) {
    ref = parseTypeRef(text);
    cache.set(text, ref);
  }
  return interp.registry.resolve(ref) ?? OBJECT_TYPE;
}
