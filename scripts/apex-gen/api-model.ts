/**
 * The OpenAPI document as the Apex generator sees it: inner classes (one per object schema,
 * inline objects included), their typed properties with validation rules, enums (named and
 * inline) and operations with their path parameters. Everything the emitters need, nothing
 * about text.
 */
import { ToolingError } from '../lib/diagnostics.ts';
import {
  apexClassName,
  apexFieldName,
  assertUniqueNames,
  pascalCase,
  singular,
  upperSnake,
} from './apex-names.ts';
import {
  HTTP_METHODS,
  resolveParameter,
  resolveRef,
  schemaType,
  type OpenApiDocument,
  type OperationObject,
  type SchemaObject,
} from './openapi-model.ts';

export interface StringRules {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  contentEncoding?: string;
  /** `examples`/`example` of the schema, used for test samples when they fit. */
  examples: string[];
}

export type ApexType =
  | { kind: 'string'; rules: StringRules; enum?: EnumModel }
  | { kind: 'datetime' }
  | { kind: 'integer'; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  | { kind: 'object'; className: string }
  | { kind: 'map' }
  | { kind: 'array'; items: ApexType; minItems?: number; maxItems?: number };

export interface EnumModel {
  /** `MESSAGE_STATE` (named enum) or `EVENT_TYPE` (inline: class and property). */
  prefix: string;
  /** Name of the private list of allowed values: `MESSAGE_STATE_VALUES`. */
  valuesName: string;
  values: { value: string; constant: string }[];
  /** Where it is defined, for ApexDoc: `MessageState` or `Event.type`. */
  origin: string;
}

export interface PropertyModel {
  jsonName: string;
  apexName: string;
  required: boolean;
  description?: string;
  type: ApexType;
}

export interface ClassModel {
  name: string;
  /** Where the schema is, for ApexDoc: `#/components/schemas/Sender` or `AuditPage.head`. */
  origin: string;
  description?: string;
  properties: PropertyModel[];
}

export interface PathParameterModel {
  name: string;
  apexName: string;
  description?: string;
  type: ApexType;
}

export interface OperationModel {
  operationId: string;
  /** `getMessagePath`. */
  methodName: string;
  method: string;
  /** As in the contract: `/v1/messages/{id}`. */
  path: string;
  summary?: string;
  parameters: PathParameterModel[];
}

export interface ApiModel {
  title: string;
  version: string;
  classes: ClassModel[];
  enums: EnumModel[];
  operations: OperationModel[];
}

function oneLine(text: string | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line ? line : undefined;
}

function isObjectSchema(schema: SchemaObject): boolean {
  return schemaType(schema) === 'object' && schema.properties !== undefined;
}

function stringExamples(schema: SchemaObject): string[] {
  const all = [
    ...(schema.examples ?? []),
    ...(schema.example === undefined ? [] : [schema.example]),
  ];
  return all.filter((example): example is string => typeof example === 'string');
}

class ModelBuilder {
  readonly classes: ClassModel[] = [];
  readonly enums: EnumModel[] = [];
  private readonly namedEnums = new Map<string, EnumModel>();
  private readonly classNames = new Map<string, string>();

  constructor(private readonly document: OpenApiDocument) {}

  private schemas(): Record<string, SchemaObject> {
    return this.document.components?.schemas ?? {};
  }

  build(): ApiModel {
    const schemas = this.schemas();
    for (const [name, schema] of Object.entries(schemas)) {
      if (schemaType(schema) === 'string' && schema.enum) {
        this.namedEnums.set(name, this.addEnum(upperSnake(name), schema.enum, name));
      }
    }
    for (const [name, schema] of Object.entries(schemas)) {
      if (isObjectSchema(schema)) this.classNames.set(name, apexClassName(name));
    }
    for (const [name, schema] of Object.entries(schemas)) {
      if (isObjectSchema(schema)) {
        this.addClass(apexClassName(name), `#/components/schemas/${name}`, schema);
      }
    }
    assertUniqueNames(
      this.classes.map((model) => model.name),
      'components.schemas',
    );
    assertUniqueNames(
      this.enums.flatMap((model) => [
        model.valuesName,
        ...model.values.map((value) => value.constant),
      ]),
      'enum constants',
    );
    return {
      title: this.document.info?.title ?? 'API',
      version: this.document.info?.version ?? '',
      classes: this.classes,
      enums: this.enums,
      operations: this.operations(),
    };
  }

  private addEnum(prefix: string, values: unknown[], origin: string): EnumModel {
    const strings = values.map((value) => {
      if (typeof value !== 'string') {
        throw new ToolingError(`${origin}: enum values must be strings`);
      }
      return value;
    });
    const model: EnumModel = {
      prefix,
      valuesName: `${prefix}_VALUES`,
      values: strings.map((value) => ({ value, constant: `${prefix}_${upperSnake(value)}` })),
      origin,
    };
    this.enums.push(model);
    return model;
  }

  /** Adds the class; inline object classes found in its properties follow it. */
  private addClass(name: string, origin: string, schema: SchemaObject): void {
    const model: ClassModel = {
      name,
      origin,
      description: oneLine(schema.description),
      properties: [],
    };
    this.classes.push(model);
    const required = new Set(schema.required ?? []);
    for (const [jsonName, propertySchema] of Object.entries(schema.properties ?? {})) {
      model.properties.push({
        jsonName,
        apexName: apexFieldName(jsonName),
        required: required.has(jsonName),
        description:
          oneLine(propertySchema.description) ?? this.referencedDescription(propertySchema),
        type: this.typeOf(propertySchema, { className: name, jsonName, arrayItem: false }),
      });
    }
    for (const missing of required) {
      if (!(missing in (schema.properties ?? {}))) {
        throw new ToolingError(`${origin}: required property "${missing}" is not declared`);
      }
    }
    assertUniqueNames(
      model.properties.map((property) => property.apexName),
      origin,
    );
  }

  private referencedDescription(schema: SchemaObject): string | undefined {
    if (schema.$ref === undefined) return undefined;
    const target = resolveRef<SchemaObject>(this.document, schema.$ref).value;
    // An object's description documents its class, not each field of that type.
    return isObjectSchema(target) ? undefined : oneLine(target.description);
  }

  private typeOf(
    schema: SchemaObject,
    site: { className: string; jsonName: string; arrayItem: boolean },
    namedSchema?: string,
  ): ApexType {
    const where = `${site.className}.${site.jsonName}`;
    if (schema.$ref !== undefined) {
      const target = resolveRef<SchemaObject>(this.document, schema.$ref);
      const className = this.classNames.get(target.name);
      if (className !== undefined && schema.$ref === `#/components/schemas/${target.name}`) {
        return { kind: 'object', className };
      }
      return this.typeOf(target.value, site, target.name);
    }
    const type = schemaType(schema);
    switch (type) {
      case 'string': {
        if (schema.format === 'date-time') return { kind: 'datetime' };
        if (schema.enum) {
          const named = namedSchema === undefined ? undefined : this.namedEnums.get(namedSchema);
          return {
            kind: 'string',
            rules: { examples: [] },
            enum:
              named ??
              this.addEnum(
                `${upperSnake(site.className)}_${upperSnake(site.jsonName)}`,
                schema.enum,
                where,
              ),
          };
        }
        return {
          kind: 'string',
          rules: {
            minLength: schema.minLength,
            maxLength: schema.maxLength,
            pattern: schema.pattern,
            format: schema.format,
            contentEncoding: schema.contentEncoding,
            examples: stringExamples(schema),
          },
        };
      }
      case 'integer':
        return { kind: 'integer', minimum: schema.minimum, maximum: schema.maximum };
      case 'boolean':
        return { kind: 'boolean' };
      case 'array': {
        if (!schema.items) throw new ToolingError(`${where}: array without items`);
        const items = this.typeOf(schema.items, { ...site, arrayItem: true });
        if (items.kind === 'array') {
          throw new ToolingError(`${where}: arrays of arrays are not supported`);
        }
        return { kind: 'array', items, minItems: schema.minItems, maxItems: schema.maxItems };
      }
      case 'object': {
        if (!isObjectSchema(schema)) return { kind: 'map' };
        const className = `${site.className}${pascalCase(site.arrayItem ? singular(site.jsonName) : site.jsonName)}`;
        if (this.classes.some((model) => model.name === className)) {
          throw new ToolingError(`${where}: inline class ${className} clashes with another class`);
        }
        this.addClass(className, where, schema);
        return { kind: 'object', className };
      }
      default:
        throw new ToolingError(
          `${where}: JSON type ${type ?? '(none)'} is not supported by the Apex generator`,
        );
    }
  }

  private operations(): OperationModel[] {
    const operations: OperationModel[] = [];
    for (const [path, item] of Object.entries(this.document.paths ?? {})) {
      for (const method of HTTP_METHODS) {
        const operation: OperationObject | undefined = item[method];
        if (!operation) continue;
        if (!operation.operationId) {
          throw new ToolingError(`${method.toUpperCase()} ${path}: operationId is required`);
        }
        const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
          .map((parameter) => resolveParameter(this.document, parameter))
          .filter((parameter) => parameter.in === 'path');
        const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
        const parameters = names.map((name): PathParameterModel => {
          const parameter = declared.find((candidate) => candidate.name === name);
          const type: ApexType = parameter?.schema
            ? this.typeOf(parameter.schema, {
                className: operation.operationId ?? '',
                jsonName: name,
                arrayItem: false,
              })
            : { kind: 'string', rules: { examples: [] } };
          if (type.kind !== 'string') {
            throw new ToolingError(`${path}: path parameter ${name} must be a string`);
          }
          return {
            name,
            apexName: apexFieldName(name),
            description:
              oneLine(parameter?.description) ??
              (parameter?.schema ? this.referencedDescription(parameter.schema) : undefined),
            type,
          };
        });
        operations.push({
          operationId: operation.operationId,
          methodName: `${operation.operationId}Path`,
          method: method.toUpperCase(),
          path,
          summary: oneLine(operation.summary ?? operation.description),
          parameters,
        });
      }
    }
    assertUniqueNames(
      operations.map((operation) => operation.methodName),
      'operationIds',
    );
    return operations;
  }
}

/** The generator's view of an OpenAPI document. */
export function buildApiModel(document: OpenApiDocument): ApiModel {
  return new ModelBuilder(document).build();
}
