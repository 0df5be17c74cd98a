/**
 * Type references, modifiers and annotations: the parts every declaration shares.
 */
import type {
  AnnotationContext,
  ElementValueContext,
  ModifierContext,
  QualifiedNameContext,
  TypeListContext,
  TypeNameContext,
  TypeRefContext,
} from '@apexdevtools/apex-parser';
import type { Annotation, Modifiers, TypeRef } from '../ast.ts';
import { decodeStringLiteral } from './literals.ts';
import { FileRejected, columnOf, lineOf, optional, Untranslatable } from './support.ts';

/** `List<GatewayApi.Event>[]` -> names ['List'], args [GatewayApi.Event], arrayDims 1. */
export function lowerTypeRef(ctx: TypeRefContext): TypeRef {
  const parts = ctx.typeName_list();
  const names = parts.map(typeNameText);
  parts.slice(0, -1).forEach((part) => {
    // `Outer<String>.Inner` has no meaning in Apex: only the last part may take arguments.
    if (optional(part.typeArguments())) {
      throw new FileRejected('Unexpected type arguments', lineOf(part), columnOf(part));
    }
  });
  const last = parts[parts.length - 1];
  const typeArgs = last ? optional(last.typeArguments()) : undefined;
  return {
    line: lineOf(ctx),
    names,
    args: typeArgs ? lowerTypeList(typeArgs.typeList()) : [],
    arrayDims: optional(ctx.arraySubscripts())?.LBRACK_list().length ?? 0,
  };
}

export function lowerTypeList(ctx: TypeListContext): TypeRef[] {
  return ctx.typeRef_list().map(lowerTypeRef);
}

/** `List`, `Set`, `Map` are keywords in the grammar; any other part is an identifier. */
function typeNameText(ctx: TypeNameContext): string {
  const id = optional(ctx.id());
  if (id) return id.getText();
  return (optional(ctx.LIST()) ?? optional(ctx.SET()) ?? ctx.MAP()).getText();
}

/** `catch (System.DmlException e)`: a dotted name used as a type. */
export function typeRefFromQualifiedName(ctx: QualifiedNameContext): TypeRef {
  return { line: lineOf(ctx), names: qualifiedNameParts(ctx), args: [], arrayDims: 0 };
}

export function qualifiedNameParts(ctx: QualifiedNameContext): string[] {
  return ctx.id_list().map((id) => id.getText());
}

/** Splits a modifier list into lower-cased keywords and annotations. */
export function lowerModifiers(contexts: ModifierContext[]): {
  modifiers: Modifiers;
  annotations: Annotation[];
} {
  const modifiers: Modifiers = [];
  const annotations: Annotation[] = [];
  for (const ctx of contexts) {
    const annotation = optional(ctx.annotation());
    if (annotation) annotations.push(lowerAnnotation(annotation));
    else modifiers.push(keywordModifier(ctx));
  }
  return { modifiers, annotations };
}

/** `with sharing` is two tokens; ast.ts wants them lower-cased and joined by one space. */
function keywordModifier(ctx: ModifierContext): string {
  const words: string[] = [];
  for (let i = 0; i < ctx.getChildCount(); i++) words.push(ctx.getChild(i).getText().toLowerCase());
  return words.join(' ');
}

/**
 * `@IsTest(IsParallel=true)` -> { name 'istest', params { isparallel: 'true' } }. A single
 * unnamed value (`@SuppressWarnings('PMD.X')`) is stored under the key 'value'.
 */
function lowerAnnotation(ctx: AnnotationContext): Annotation {
  const params: Record<string, string> = {};
  const pairs = optional(ctx.elementValuePairs());
  for (const pair of pairs?.elementValuePair_list() ?? []) {
    params[pair.id().getText().toLowerCase()] = elementValueText(pair.elementValue());
  }
  const single = optional(ctx.elementValue());
  if (single) params.value = elementValueText(single);
  return { line: lineOf(ctx), name: ctx.id().getText().toLowerCase(), params };
}

/** String literals unquoted, booleans lower-cased, other literals as written. */
function elementValueText(ctx: ElementValueContext): string {
  const literal = ctx.literal();
  const text = literal.getText();
  if (optional(literal.StringLiteral())) {
    try {
      return decodeStringLiteral(text);
    } catch (error) {
      // Annotations have no place for an `unsupported` node: reject the file instead.
      if (error instanceof Untranslatable) {
        throw new FileRejected(error.message, lineOf(literal), columnOf(literal));
      }
      throw error;
    }
  }
  if (optional(literal.MultilineStringLiteral())) {
    throw new FileRejected(
      'unsupported: multi-line string literal in an annotation',
      lineOf(literal),
      columnOf(literal),
    );
  }
  if (optional(literal.BooleanLiteral())) return text.toLowerCase();
  return text;
}
