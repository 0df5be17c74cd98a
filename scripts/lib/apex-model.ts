/**
 * The declarations of an Apex file (classes, inner classes, enums, their methods, fields and
 * properties with annotations and types): what tools need to know without resolving bodies.
 */
import type {
  AnnotationContext,
  ClassBodyContext,
  ClassDeclarationContext,
  EnumDeclarationContext,
  ModifierContext,
  TypeRefContext,
} from '@apexdevtools/apex-parser';
import { type ParsedApex, positionOf } from './apex-source.ts';

export interface ApexTypeRef {
  /** Dotted name as written, e.g. `List`, `Schema.Case`, `ComposeContext.Recipient`. */
  name: string;
  typeArguments: ApexTypeRef[];
  /** `String[]` is a List<String>. */
  isArray: boolean;
  text: string;
}

export interface ApexAnnotation {
  name: string;
  /** Element values as written, lower-cased keys: `@AuraEnabled(cacheable=true)` -> {cacheable: 'true'}. */
  values: Record<string, string>;
}

export interface ApexMemberBase {
  name: string;
  line: number;
  column: number;
  modifiers: string[];
  annotations: ApexAnnotation[];
}

export interface ApexMethod extends ApexMemberBase {
  returnType: ApexTypeRef | 'void';
  parameters: { name: string; type: ApexTypeRef; line: number; column: number }[];
}

export interface ApexVariable extends ApexMemberBase {
  type: ApexTypeRef;
}

export interface ApexTypeDeclaration extends ApexMemberBase {
  kind: 'class' | 'enum' | 'interface';
  /** `Outer.Inner` for inner types. */
  qualifiedName: string;
  file: string;
  methods: ApexMethod[];
  /** Fields and properties alike (both serialise to the client). */
  variables: ApexVariable[];
  innerTypes: ApexTypeDeclaration[];
  enumValues: string[];
}

export function hasAnnotation(member: ApexMemberBase, name: string): ApexAnnotation | undefined {
  return member.annotations.find(
    (annotation) => annotation.name.toLowerCase() === name.toLowerCase(),
  );
}

export function hasModifier(member: ApexMemberBase, modifier: string): boolean {
  return member.modifiers.includes(modifier.toLowerCase());
}

function readAnnotation(annotation: AnnotationContext): ApexAnnotation {
  const values: Record<string, string> = {};
  for (const pair of annotation.elementValuePairs()?.elementValuePair_list() ?? []) {
    values[pair.id().getText().toLowerCase()] = pair.elementValue().getText();
  }
  const single = annotation.elementValue();
  if (single) values.value = single.getText();
  return { name: annotation.id().getText(), values };
}

function readModifiers(
  modifiers: ModifierContext[],
): Pick<ApexMemberBase, 'modifiers' | 'annotations'> {
  const annotations: ApexAnnotation[] = [];
  const words: string[] = [];
  for (const modifier of modifiers) {
    const annotation = modifier.annotation();
    if (annotation) annotations.push(readAnnotation(annotation));
    // `with sharing` arrives as one node whose text has no space.
    else
      words.push(
        modifier
          .getText()
          .toLowerCase()
          .replace(/^(with|without|inherited)sharing$/, '$1 sharing'),
      );
  }
  return { modifiers: words, annotations };
}

export function readTypeRef(typeRef: TypeRefContext): ApexTypeRef {
  const parts = typeRef.typeName_list();
  const last = parts.at(-1);
  const typeArguments = last?.typeArguments()?.typeList().typeRef_list().map(readTypeRef) ?? [];
  const name = parts
    .map((part) => part.id()?.getText() ?? (part.LIST() ? 'List' : part.SET() ? 'Set' : 'Map'))
    .join('.');
  return {
    name,
    typeArguments,
    isArray: Boolean(typeRef.arraySubscripts()?.getText()),
    text: typeRef.getText(),
  };
}

function readEnum(
  declaration: EnumDeclarationContext,
  base: ApexMemberBase,
  outer: string | undefined,
  file: string,
): ApexTypeDeclaration {
  const name = declaration.id().getText();
  return {
    ...base,
    name,
    kind: 'enum',
    qualifiedName: outer ? `${outer}.${name}` : name,
    file,
    methods: [],
    variables: [],
    innerTypes: [],
    enumValues:
      declaration
        .enumConstants()
        ?.id_list()
        .map((id) => id.getText()) ?? [],
  };
}

function readClass(
  declaration: ClassDeclarationContext,
  base: ApexMemberBase,
  outer: string | undefined,
  file: string,
): ApexTypeDeclaration {
  const name = declaration.id().getText();
  const type: ApexTypeDeclaration = {
    ...base,
    name,
    kind: 'class',
    qualifiedName: outer ? `${outer}.${name}` : name,
    file,
    methods: [],
    variables: [],
    innerTypes: [],
    enumValues: [],
  };
  readClassBody(declaration.classBody(), type, file);
  return type;
}

function readClassBody(body: ClassBodyContext, type: ApexTypeDeclaration, file: string): void {
  for (const declaration of body.classBodyDeclaration_list()) {
    const member = declaration.memberDeclaration();
    if (!member) continue;
    const modifiers = readModifiers(declaration.modifier_list());
    const method = member.methodDeclaration();
    const field = member.fieldDeclaration();
    const property = member.propertyDeclaration();
    const innerClass = member.classDeclaration();
    const innerEnum = member.enumDeclaration();
    const innerInterface = member.interfaceDeclaration();
    if (method) {
      type.methods.push({
        ...modifiers,
        name: method.id().getText(),
        ...positionOf(method.id()),
        returnType: method.typeRef() ? readTypeRef(method.typeRef()) : 'void',
        parameters:
          method
            .formalParameters()
            .formalParameterList()
            ?.formalParameter_list()
            .map((parameter) => ({
              name: parameter.id().getText(),
              type: readTypeRef(parameter.typeRef()),
              ...positionOf(parameter),
            })) ?? [],
      });
    } else if (field) {
      for (const variable of field.variableDeclarators().variableDeclarator_list()) {
        type.variables.push({
          ...modifiers,
          name: variable.id().getText(),
          ...positionOf(variable),
          type: readTypeRef(field.typeRef()),
        });
      }
    } else if (property) {
      type.variables.push({
        ...modifiers,
        name: property.id().getText(),
        ...positionOf(property.id()),
        type: readTypeRef(property.typeRef()),
      });
    } else if (innerClass) {
      const base = { ...modifiers, name: '', ...positionOf(innerClass) };
      type.innerTypes.push(readClass(innerClass, base, type.qualifiedName, file));
    } else if (innerEnum) {
      const base = { ...modifiers, name: '', ...positionOf(innerEnum) };
      type.innerTypes.push(readEnum(innerEnum, base, type.qualifiedName, file));
    } else if (innerInterface) {
      type.innerTypes.push({
        ...modifiers,
        name: innerInterface.id().getText(),
        ...positionOf(innerInterface),
        kind: 'interface',
        qualifiedName: `${type.qualifiedName}.${innerInterface.id().getText()}`,
        file,
        methods: [],
        variables: [],
        innerTypes: [],
        enumValues: [],
      });
    }
  }
}

/** The top-level type declared by a parsed `.cls` file (undefined for triggers or broken files). */
export function readTopLevelType(parsed: ParsedApex): ApexTypeDeclaration | undefined {
  if (!('typeDeclaration' in parsed.unit)) return undefined;
  const declaration = parsed.unit.typeDeclaration();
  if (!declaration) return undefined;
  const modifiers = readModifiers(declaration.modifier_list());
  const classDeclaration = declaration.classDeclaration();
  const enumDeclaration = declaration.enumDeclaration();
  const interfaceDeclaration = declaration.interfaceDeclaration();
  if (classDeclaration) {
    return readClass(
      classDeclaration,
      { ...modifiers, name: '', ...positionOf(classDeclaration) },
      undefined,
      parsed.file,
    );
  }
  if (enumDeclaration) {
    return readEnum(
      enumDeclaration,
      { ...modifiers, name: '', ...positionOf(enumDeclaration) },
      undefined,
      parsed.file,
    );
  }
  if (interfaceDeclaration) {
    const name = interfaceDeclaration.id().getText();
    return {
      ...modifiers,
      name,
      ...positionOf(interfaceDeclaration),
      kind: 'interface',
      qualifiedName: name,
      file: parsed.file,
      methods: [],
      variables: [],
      innerTypes: [],
      enumValues: [],
    };
  }
  return undefined;
}
