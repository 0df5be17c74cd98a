/**
 * Type declarations (classes, interfaces, enums, inner types) and their members. A member's
 * `line` is where its declaration starts after its modifiers and annotations (the line with its
 * type or name), which is also the line Salesforce reports for it.
 */
import type {
  ClassBodyDeclarationContext,
  ClassDeclarationContext,
  ConstructorDeclarationContext,
  EnumDeclarationContext,
  FormalParametersContext,
  InterfaceDeclarationContext,
  InterfaceMethodDeclarationContext,
  MemberDeclarationContext,
  MethodDeclarationContext,
  ModifierContext,
  PropertyDeclarationContext,
  TypeDeclarationContext,
} from '@apexdevtools/apex-parser';
import type {
  Accessor,
  Annotation,
  Member,
  MethodDecl,
  Modifiers,
  Parameter,
  PropertyDecl,
  TypeDecl,
} from '../ast.ts';
import { keywordModifiers, lowerBlock, lowerDeclarators } from './statements.ts';
import { columnOf, FileRejected, lineOf, optional, Untranslatable } from './support.ts';
import { lowerModifiers, lowerTypeList, lowerTypeRef, qualifiedNameParts } from './types.ts';

type Declared = { modifiers: Modifiers; annotations: Annotation[] };
type NestedDeclaration =
  ClassDeclarationContext | InterfaceDeclarationContext | EnumDeclarationContext;

/** The top-level type of a .cls file. */
export function lowerTypeDeclaration(ctx: TypeDeclarationContext, file: string): TypeDecl {
  const declared = lowerModifiers(ctx.modifier_list());
  const declaration =
    optional(ctx.classDeclaration()) ??
    optional(ctx.interfaceDeclaration()) ??
    ctx.enumDeclaration();
  return lowerNested(declaration, declared, file);
}

function lowerNested(ctx: NestedDeclaration, declared: Declared, file: string): TypeDecl {
  const name = ctx.id().getText();
  const common = { line: lineOf(ctx), name, file, ...declared };
  if ('classBody' in ctx) {
    const body = ctx.classBody();
    const superclass = optional(ctx.typeRef());
    const interfaces = optional(ctx.typeList());
    return {
      kind: 'class',
      ...common,
      ...(superclass && { extends: lowerTypeRef(superclass) }),
      implements: interfaces ? lowerTypeList(interfaces) : [],
      members: body
        .classBodyDeclaration_list()
        .flatMap((member) => lowerClassMember(member, name, file)),
      enumConstants: [],
      endLine: lineOf(body.RBRACE()),
    };
  }
  if ('interfaceBody' in ctx) {
    const body = ctx.interfaceBody();
    const parents = optional(ctx.typeList());
    return {
      kind: 'interface',
      ...common,
      implements: parents ? lowerTypeList(parents) : [],
      members: body.interfaceMethodDeclaration_list().map(lowerInterfaceMethod),
      enumConstants: [],
      endLine: lineOf(body.RBRACE()),
    };
  }
  const constants = optional(ctx.enumConstants())?.id_list() ?? [];
  return {
    kind: 'enum',
    ...common,
    implements: [],
    members: [],
    enumConstants: constants.map((id) => id.getText()),
    endLine: lineOf(ctx.RBRACE()),
  };
}

/** One entry of a class body; a stray `;` yields nothing. */
function lowerClassMember(
  ctx: ClassBodyDeclarationContext,
  className: string,
  file: string,
): Member[] {
  const block = optional(ctx.block());
  if (block) {
    const isStatic = optional(ctx.STATIC()) !== undefined;
    return [{ kind: 'initializer', line: lineOf(ctx), isStatic, body: lowerBlock(block) }];
  }
  const member = optional(ctx.memberDeclaration());
  if (!member) return [];
  return [lowerMember(member, lowerModifiers(ctx.modifier_list()), className, file)];
}

function lowerMember(
  ctx: MemberDeclarationContext,
  declared: Declared,
  className: string,
  file: string,
): Member {
  const line = lineOf(ctx);
  const method = optional(ctx.methodDeclaration());
  if (method) return lowerMethod(method, declared);
  const constructor = optional(ctx.constructorDeclaration());
  if (constructor) {
    checkConstructorName(constructor, className);
    const params = lowerParameters(constructor.formalParameters());
    return {
      kind: 'constructor',
      line,
      ...declared,
      params,
      body: lowerBlock(constructor.block()),
    };
  }
  const property = optional(ctx.propertyDeclaration());
  if (property) return lowerProperty(property, declared);
  const field = optional(ctx.fieldDeclaration());
  if (field) {
    const type = lowerTypeRef(field.typeRef());
    return {
      kind: 'field',
      line,
      ...declared,
      type,
      declarators: lowerDeclarators(field.variableDeclarators()),
    };
  }
  const nested =
    optional(ctx.classDeclaration()) ??
    optional(ctx.interfaceDeclaration()) ??
    ctx.enumDeclaration();
  return { kind: 'type', line, decl: lowerNested(nested, declared, file) };
}

/**
 * The grammar reads `foo() { }` (a method missing its return type) as a constructor; Salesforce
 * rejects it with "Invalid constructor name: foo" (https://how.wtf/invalid-constructor-name-error-in-apex.html).
 */
function checkConstructorName(ctx: ConstructorDeclarationContext, className: string): void {
  const written = qualifiedNameParts(ctx.qualifiedName()).join('.');
  if (written.toLowerCase() !== className.toLowerCase()) {
    throw new FileRejected(`Invalid constructor name: ${written}`, lineOf(ctx), columnOf(ctx));
  }
}

function lowerMethod(ctx: MethodDeclarationContext, declared: Declared): MethodDecl {
  const returnType = optional(ctx.typeRef());
  const body = optional(ctx.block());
  return {
    kind: 'method',
    line: lineOf(ctx),
    ...declared,
    returnType: returnType ? lowerTypeRef(returnType) : null,
    name: ctx.id().getText(),
    params: lowerParameters(ctx.formalParameters()),
    ...(body && { body: lowerBlock(body) }),
  };
}

function lowerInterfaceMethod(ctx: InterfaceMethodDeclarationContext): MethodDecl {
  const returnType = optional(ctx.typeRef());
  return {
    kind: 'method',
    line: lineOf(ctx),
    ...lowerModifiers(ctx.modifier_list()),
    returnType: returnType ? lowerTypeRef(returnType) : null,
    name: ctx.id().getText(),
    params: lowerParameters(ctx.formalParameters()),
  };
}

function lowerParameters(ctx: FormalParametersContext): Parameter[] {
  const list = optional(ctx.formalParameterList())?.formalParameter_list() ?? [];
  return list.map((param) => ({
    line: lineOf(param),
    name: param.id().getText(),
    type: lowerTypeRef(param.typeRef()),
    modifiers: declarationModifiers(param.modifier_list(), 'parameter'),
  }));
}

/** `public String name { get; private set { ... } }`. */
function lowerProperty(ctx: PropertyDeclarationContext, declared: Declared): PropertyDecl {
  const property: PropertyDecl = {
    kind: 'property',
    line: lineOf(ctx),
    ...declared,
    type: lowerTypeRef(ctx.typeRef()),
    name: ctx.id().getText(),
  };
  for (const block of ctx.propertyBlock_list()) {
    const getter = optional(block.getter());
    const accessorBody = optional((getter ?? block.setter()).block());
    const accessor: Accessor = {
      line: lineOf(block),
      modifiers: declarationModifiers(block.modifier_list(), 'property accessor'),
      ...(accessorBody && { body: lowerBlock(accessorBody) }),
    };
    if (getter) property.getter = accessor;
    else property.setter = accessor;
  }
  return property;
}

/** Parameters and accessors have no place for an `unsupported` node: reject the file instead. */
function declarationModifiers(contexts: ModifierContext[], what: string): Modifiers {
  try {
    return keywordModifiers(contexts, what);
  } catch (error) {
    if (error instanceof Untranslatable) {
      const first = contexts[0]!;
      throw new FileRejected(error.message, lineOf(first), columnOf(first));
    }
    throw error;
  }
}
