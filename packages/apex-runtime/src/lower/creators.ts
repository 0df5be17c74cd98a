/**
 * `new ...` expressions: objects and sObjects (`new Case(Subject = 'x')`), arrays
 * (`new String[3]`, `new String[]{ 'a' }`) and collection initialisers
 * (`new List<String>{ 'a' }`, `new Map<String, Integer>{ 'a' => 1 }`).
 */
import type { CreatedNameContext, CreatorContext } from '@apexdevtools/apex-parser';
import type { Expr, TypeRef } from '../ast.ts';
import { lowerArguments, lowerExpression } from './expressions.ts';
import { columnOf, FileRejected, lineOf, optional, Untranslatable } from './support.ts';
import { lowerTypeList } from './types.ts';

export function lowerCreator(ctx: CreatorContext, line: number): Expr {
  const type = createdType(ctx.createdName());
  const classRest = optional(ctx.classCreatorRest());
  if (classRest) {
    return {
      kind: 'new',
      line,
      type,
      args: lowerArguments(classRest.arguments().expressionList()),
    };
  }
  const arrayRest = optional(ctx.arrayCreatorRest());
  if (arrayRest) {
    const size = optional(arrayRest.expression());
    if (size) return { kind: 'newArray', line, type, size: lowerExpression(size) };
    const init = optional(arrayRest.arrayInitializer());
    if (!init) throw new Untranslatable('array creation without a size or initializer');
    return { kind: 'newArray', line, type, init: init.expression_list().map(lowerExpression) };
  }
  const collection = collectionKind(type);
  const mapRest = optional(ctx.mapCreatorRest());
  if (mapRest) {
    if (collection !== 'map')
      throw new Untranslatable('map initializer for a type that is not a Map');
    const entries = mapRest.mapCreatorRestPair_list().map((pair) => {
      const [key, value] = pair.expression_list().map(lowerExpression);
      return { key: key!, value: value! };
    });
    return { kind: 'newMap', line, type, entries };
  }
  const setRest = optional(ctx.setCreatorRest());
  if (setRest) {
    if (collection !== 'list' && collection !== 'set') {
      throw new Untranslatable('collection initializer for a type that is not a List or Set');
    }
    return {
      kind: 'newCollection',
      line,
      type,
      init: setRest.expression_list().map(lowerExpression),
    };
  }
  // The remaining alternative is `{}`: an empty collection.
  if (collection === 'map') return { kind: 'newMap', line, type, entries: [] };
  if (collection) return { kind: 'newCollection', line, type, init: [] };
  throw new Untranslatable('empty initializer for a type that is not a collection');
}

/** `Map<String, Integer>` or `GatewayApi.Event`: the name after `new`. */
function createdType(ctx: CreatedNameContext): TypeRef {
  const pairs = ctx.idCreatedNamePair_list();
  pairs.slice(0, -1).forEach((pair) => {
    if (optional(pair.typeList())) {
      throw new FileRejected('Unexpected type arguments', lineOf(pair), columnOf(pair));
    }
  });
  const typeList = optional(pairs[pairs.length - 1]?.typeList());
  return {
    line: lineOf(ctx),
    names: pairs.map((pair) => pair.anyId().getText()),
    args: typeList ? lowerTypeList(typeList) : [],
    arrayDims: 0,
  };
}

/** 'list', 'set' or 'map' for `List<...>` (or `System.List<...>`) and so on. */
function collectionKind(type: TypeRef): 'list' | 'set' | 'map' | undefined {
  const [first, second] = type.names.map((name) => name.toLowerCase());
  const name =
    type.names.length === 2 && first === 'system'
      ? second
      : type.names.length === 1
        ? first
        : undefined;
  return name === 'list' || name === 'set' || name === 'map' ? name : undefined;
}
