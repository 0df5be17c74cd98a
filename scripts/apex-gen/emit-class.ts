/**
 * Emits GatewayApi.cls: enum constants, ContractException, the operation path methods and one
 * inner class per object schema with fromJson/fromMap/toMap/toJson/validate/validateAt, plus the
 * private parse helpers they share. Problems and exception messages are `<JSON pointer>: <rule>`
 * (rules.ts) and never contain a value.
 */
import { ToolingError } from '../lib/diagnostics.ts';
import type { ApexType, ApiModel, ClassModel, OperationModel, PropertyModel } from './api-model.ts';
import { apexString, pointerToken } from './apex-names.ts';
import { ApexWriter } from './apex-writer.ts';
import {
  ENUM_RULE_PREFIX,
  ENUM_SEPARATOR,
  NOT_JSON_RULE,
  NOT_NULL_RULE,
  NOT_OBJECT_RULE,
  PATTERN_RULE,
  REQUIRED_RULE,
  ROOT_POINTER_LABEL,
  TYPE_RULES,
  enumRule,
  maxItemsRule,
  maxLengthRule,
  maximumRule,
  minItemsRule,
  minLengthRule,
  minimumRule,
} from './rules.ts';

/** Where the generated class comes from and how to regenerate it, for its header. */
export interface GenerationInfo {
  /** Name of the outer class: GatewayApi. */
  className: string;
  /** The contract, relative to the repository: packages/gateway/openapi.yaml. */
  specPath: string;
  /** The generator script, relative to the repository. */
  generator: string;
  /** The command that regenerates the files. */
  command: string;
}

/** The Apex type of a property, inner classes qualified with the outer class. */
export function apexTypeName(type: ApexType, outer: string): string {
  switch (type.kind) {
    case 'string':
      return 'String';
    case 'datetime':
      return 'Datetime';
    case 'integer':
      return 'Integer';
    case 'boolean':
      return 'Boolean';
    case 'map':
      return 'Map<String, Object>';
    case 'object':
      return `${outer}.${type.className}`;
    case 'array':
      return `List<${apexTypeName(type.items, outer)}>`;
  }
}

/**
 * An Apex expression for a JSON pointer: code parts (`pointer`, `i`) and literal text, so that
 * `<pointer>: <rule>` becomes one concatenation with the rule appended to the last literal.
 */
export class PointerExpression {
  private constructor(private readonly parts: { code?: string; text?: string }[]) {}

  /** The pointer held in the Apex variable `name`. */
  static variable(name: string): PointerExpression {
    return new PointerExpression([{ code: name }]);
  }

  /** The pointer of a property below this one. */
  property(jsonName: string): PointerExpression {
    return this.text(`/${pointerToken(jsonName)}`);
  }

  /** The pointer of the array item whose index is in the Apex variable `index`. */
  item(index: string): PointerExpression {
    return new PointerExpression([...this.text('/').parts, { code: index }]);
  }

  private text(text: string): PointerExpression {
    const last = this.parts[this.parts.length - 1];
    if (last?.text !== undefined) {
      return new PointerExpression([...this.parts.slice(0, -1), { text: last.text + text }]);
    }
    return new PointerExpression([...this.parts, { text }]);
  }

  /** The pointer alone. */
  toApex(): string {
    return this.parts
      .map((part) => (part.code !== undefined ? part.code : apexString(part.text ?? '')))
      .join(' + ');
  }

  /** `<pointer>: <rule>` as an Apex expression. */
  problem(rule: string): string {
    return this.text(`: ${rule}`).toApex();
  }
}

function propertyDoc(property: PropertyModel): string {
  const facts: string[] = [];
  const type = property.type;
  const describe = (item: ApexType): string[] => {
    const parts: string[] = [];
    if (item.kind === 'datetime') parts.push('an ISO 8601 date-time in JSON');
    if (item.kind === 'string' && item.enum) {
      parts.push(`one of the ${item.enum.prefix}_* constants`);
    }
    if (item.kind === 'string') {
      const { minLength, maxLength, pattern, format } = item.rules;
      if (format) parts.push(`format ${format}`);
      if (minLength !== undefined && maxLength !== undefined) {
        parts.push(`${minLength} to ${maxLength} characters`);
      } else if (minLength !== undefined) parts.push(`at least ${minLength} characters`);
      else if (maxLength !== undefined) parts.push(`at most ${maxLength} characters`);
      if (pattern !== undefined) parts.push(`matches ${pattern}`);
    }
    if (item.kind === 'integer') {
      if (item.minimum !== undefined) parts.push(`at least ${item.minimum}`);
      if (item.maximum !== undefined) parts.push(`at most ${item.maximum}`);
    }
    if (item.kind === 'map') parts.push('a free-form JSON object');
    return parts;
  };
  facts.push(...describe(type));
  if (type.kind === 'array') {
    if (type.minItems !== undefined) facts.push(`at least ${type.minItems} item(s)`);
    if (type.maxItems !== undefined) facts.push(`at most ${type.maxItems} item(s)`);
    const items = describe(type.items);
    if (items.length > 0) facts.push(`each item ${items.join(', ')}`);
  }
  const summary = `${property.required ? 'Required' : 'Optional'} JSON property \`${property.jsonName}\`${facts.length > 0 ? `: ${facts.join('; ')}` : ''}.`;
  return property.description ? `${property.description} ${summary}` : summary;
}

/** Writes the checks of one value (a property or an array item) into `problems`. */
function writeChecks(
  out: ApexWriter,
  type: ApexType,
  value: string,
  pointer: PointerExpression,
  nullRule: string | undefined,
): void {
  const guard = (condition: string, rule: string): void => {
    out.block(`if (${condition})`, () => out.line(`problems.add(${pointer.problem(rule)});`));
  };
  if (nullRule !== undefined) guard(`${value} == null`, nullRule);
  switch (type.kind) {
    case 'string': {
      if (type.enum) {
        guard(
          `${value} != null && !${type.enum.valuesName}.contains(${value})`,
          enumRule(type.enum.values.map((entry) => entry.value)),
        );
      }
      const { minLength, maxLength, pattern } = type.rules;
      if (minLength !== undefined) {
        guard(`${value} != null && ${value}.length() < ${minLength}`, minLengthRule(minLength));
      }
      if (maxLength !== undefined) {
        guard(`${value} != null && ${value}.length() > ${maxLength}`, maxLengthRule(maxLength));
      }
      if (pattern !== undefined) {
        guard(
          `${value} != null && !System.Pattern.matches(${apexString(pattern)}, ${value})`,
          PATTERN_RULE,
        );
      }
      return;
    }
    case 'integer':
      if (type.minimum !== undefined) {
        guard(`${value} != null && ${value} < ${type.minimum}`, minimumRule(type.minimum));
      }
      if (type.maximum !== undefined) {
        guard(`${value} != null && ${value} > ${type.maximum}`, maximumRule(type.maximum));
      }
      return;
    case 'object':
      out.block(`if (${value} != null)`, () =>
        out.line(`problems.addAll(${value}.validateAt(${pointer.toApex()}));`),
      );
      return;
    case 'array': {
      if (type.minItems !== undefined && type.minItems > 0) {
        guard(
          `${value} != null && ${value}.size() < ${type.minItems}`,
          minItemsRule(type.minItems),
        );
      }
      if (type.maxItems !== undefined) {
        guard(
          `${value} != null && ${value}.size() > ${type.maxItems}`,
          maxItemsRule(type.maxItems),
        );
      }
      const items = type.items;
      out.block(`if (${value} != null)`, () => {
        out.block(`for (Integer i = 0; i < ${value}.size(); i++)`, () => {
          const item = `${value}[i]`;
          const itemPointer = pointer.item('i');
          if (items.kind === 'object') {
            out.block(`if (${item} == null)`, () =>
              out.line(`problems.add(${itemPointer.problem(NOT_NULL_RULE)});`),
            );
            out.block('else', () =>
              out.line(`problems.addAll(${item}.validateAt(${itemPointer.toApex()}));`),
            );
          } else {
            writeChecks(out, items, item, itemPointer, NOT_NULL_RULE);
          }
        });
      });
      return;
    }
    default:
      return;
  }
}

function readerCall(
  outer: string,
  property: PropertyModel,
): { statement: string[]; unsupported?: string } {
  const type = property.type;
  const args = `source, pointer, ${apexString(property.jsonName)}, ${String(property.required)}`;
  const target = `result.${property.apexName}`;
  switch (type.kind) {
    case 'string':
      return {
        statement: [
          type.enum
            ? `${target} = ${outer}.readEnum(${args}, ${outer}.${type.enum.valuesName});`
            : `${target} = ${outer}.readString(${args});`,
        ],
      };
    case 'datetime':
      return { statement: [`${target} = ${outer}.readDatetime(${args});`] };
    case 'integer':
      return { statement: [`${target} = ${outer}.readInteger(${args});`] };
    case 'boolean':
      return { statement: [`${target} = ${outer}.readBoolean(${args});`] };
    case 'map':
      return { statement: [`${target} = ${outer}.readObject(${args});`] };
    case 'object':
      return {
        statement: [
          `${target} = ${outer}.${type.className}.fromMap(${outer}.readObject(${args}), ${PointerExpression.variable('pointer').property(property.jsonName).toApex()});`,
        ],
      };
    case 'array': {
      const items = type.items;
      if (items.kind === 'string') {
        const allowed = items.enum ? `${outer}.${items.enum.valuesName}` : 'null';
        return { statement: [`${target} = ${outer}.readStringList(${args}, ${allowed});`] };
      }
      if (items.kind === 'object') {
        const list = `${property.apexName}Items`;
        const itemPointer = PointerExpression.variable('pointer')
          .property(property.jsonName)
          .item('i');
        return {
          statement: [
            `List<Object> ${list} = ${outer}.readArray(${args});`,
            `if (${list} != null) {`,
            `${target} = new List<${outer}.${items.className}>();`,
            `for (Integer i = 0; i < ${list}.size(); i++) {`,
            `String itemPointer = ${itemPointer.toApex()};`,
            `${target}.add(${outer}.${items.className}.fromMap(${outer}.asObject(${list}[i], itemPointer), itemPointer));`,
            '}',
            '}',
          ],
        };
      }
      return { statement: [], unsupported: `arrays of ${items.kind}` };
    }
  }
}

function writeClass(out: ApexWriter, model: ClassModel, info: GenerationInfo): void {
  const outer = info.className;
  const name = model.name;
  const qualified = `${outer}.${name}`;
  out.line();
  out.doc(
    `${model.description ? `${model.description} ` : ''}The \`${model.origin}\` object of the contract.`,
  );
  out.open(`public with sharing class ${name}`);
  for (const property of model.properties) {
    out.doc(propertyDoc(property));
    out.line(`public ${apexTypeName(property.type, outer)} ${property.apexName};`);
    out.line();
  }

  out.doc(
    `Parses a JSON ${name} (for example a gateway response body), checking required properties, JSON types and enum values; unknown properties are ignored.`,
    [
      '@param body the JSON text.',
      `@return the parsed ${name}.`,
      `@throws ${outer}.ContractException when the body is not a JSON object or breaks the contract; the message is \`<JSON pointer>: <rule>\`, never a value.`,
    ],
  );
  out.block(`public static ${qualified} fromJson(String body)`, () =>
    out.line(`return fromMap(${outer}.parseObject(body), '');`),
  );
  out.line();

  out.doc(
    `Reads a ${name} from a JSON object deserialized with System.JSON.deserializeUntyped, checking required properties, JSON types and enum values; unknown properties are ignored.`,
    [
      '@param source the JSON object; null gives null.',
      "@param pointer JSON pointer of the object in its document ('' for the root), used in problem messages.",
      `@return the ${name}, or null when source is null.`,
      `@throws ${outer}.ContractException when the object breaks the contract.`,
    ],
  );
  out.block(
    `public static ${qualified} fromMap(Map<String, Object> source, String pointer)`,
    () => {
      out.block('if (source == null)', () => out.line('return null;'));
      out.line(`${qualified} result = new ${qualified}();`);
      for (const property of model.properties) {
        const reader = readerCall(outer, property);
        if (reader.unsupported) {
          throw new ToolingError(
            `${model.origin}.${property.jsonName}: ${reader.unsupported} are not supported by the Apex generator`,
          );
        }
        for (const line of reader.statement) out.line(line);
      }
      out.line('return result;');
    },
  );
  out.line();

  out.doc(`This ${name} as a JSON object: JSON property names, null properties omitted.`, [
    '@return the JSON object; nested objects are maps, date-times ISO 8601 strings.',
  ]);
  out.block('public Map<String, Object> toMap()', () => {
    out.line('Map<String, Object> result = new Map<String, Object>();');
    for (const property of model.properties) {
      const field = `this.${property.apexName}`;
      const key = apexString(property.jsonName);
      const type = property.type;
      if (type.kind === 'array' && type.items.kind === 'object') {
        const itemType = `${outer}.${type.items.className}`;
        out.block(`if (${field} != null)`, () => {
          out.line('List<Object> items = new List<Object>();');
          out.block(`for (${itemType} item : ${field})`, () =>
            out.line('items.add(item?.toMap());'),
          );
          out.line(`result.put(${key}, items);`);
        });
        continue;
      }
      let value = field;
      if (type.kind === 'object') value = `${field}?.toMap()`;
      if (type.kind === 'datetime') value = `${outer}.formatDatetime(${field})`;
      if (type.kind === 'array') value = `${outer}.stringItems(${field})`;
      out.line(`${outer}.putIfSet(result, ${key}, ${value});`);
    }
    out.line('return result;');
  });
  out.line();

  out.doc(`This ${name} as JSON text, null properties omitted.`, ['@return the JSON text.']);
  out.block('public String toJson()', () => out.line('return System.JSON.serialize(toMap());'));
  out.line();

  out.doc(
    `Checks this ${name} against every rule of the contract (required, lengths, pattern, range, item counts, enum), nested objects included.`,
    ['@return the problems, each `<JSON pointer>: <rule>` without the value; empty when valid.'],
  );
  out.block('public List<String> validate()', () => out.line("return validateAt('');"));
  out.line();

  out.doc(`Checks this ${name} as a part of a larger document.`, [
    "@param pointer JSON pointer of this object in its document ('' for the root).",
    '@return the problems, each `<JSON pointer>: <rule>` without the value; empty when valid.',
  ]);
  out.block('public List<String> validateAt(String pointer)', () => {
    out.line('List<String> problems = new List<String>();');
    for (const property of model.properties) {
      writeChecks(
        out,
        property.type,
        `this.${property.apexName}`,
        PointerExpression.variable('pointer').property(property.jsonName),
        property.required ? REQUIRED_RULE : undefined,
      );
    }
    out.line('return problems;');
  });
  out.close();
}

function writePathMethod(out: ApexWriter, operation: OperationModel): void {
  const tags = operation.parameters.map(
    (parameter) =>
      `@param ${parameter.apexName} the \`${parameter.name}\` path parameter${parameter.description ? `: ${parameter.description}` : ''}; URL-encoded into the path.`,
  );
  out.doc(
    `Path of \`${operation.method} ${operation.path}\` (${operation.operationId})${operation.summary ? `: ${operation.summary}` : '.'}`,
    [...tags, "@return the path, to append to the Named Credential's URL."],
  );
  const parameters = operation.parameters
    .map((parameter) => `String ${parameter.apexName}`)
    .join(', ');
  const pieces: string[] = [];
  let rest = operation.path;
  for (const parameter of operation.parameters) {
    const token = `{${parameter.name}}`;
    const at = rest.indexOf(token);
    if (at > 0) pieces.push(apexString(rest.slice(0, at)));
    pieces.push(`encodePathSegment(${parameter.apexName}, ${apexString(parameter.name)})`);
    rest = rest.slice(at + token.length);
  }
  if (rest !== '' || pieces.length === 0) pieces.push(apexString(rest));
  out.block(`public static String ${operation.methodName}(${parameters})`, () =>
    out.line(`return ${pieces.join(' + ')};`),
  );
  out.line();
}

/** The private helpers every inner class parses with. */
function writeHelpers(out: ApexWriter): void {
  const pointerOf = 'childPointer(pointer, name)';
  const contract = (pointer: string, rule: string): string =>
    `throw new ContractException(problem(${pointer}, ${apexString(rule)}));`;
  const reader = (
    returnType: string,
    name: string,
    rule: string,
    accepts: string,
    extraDoc = '',
  ): void => {
    out.line(`// Reads an optional or required ${returnType} property.${extraDoc}`);
    out.block(
      `private static ${returnType} ${name}(Map<String, Object> source, String pointer, String name, Boolean required)`,
      () => {
        out.line('Object value = readValue(source, pointer, name, required);');
        out.block(`if (value == null || ${accepts})`, () =>
          out.line(`return (${returnType}) value;`),
        );
        out.line(contract(pointerOf, rule));
      },
    );
    out.line();
  };

  out.line('// `<pointer>: <rule>`; the root pointer (empty) is shown as a label.');
  out.block('private static String problem(String pointer, String rule)', () =>
    out.line(
      `return (String.isEmpty(pointer) ? ${apexString(ROOT_POINTER_LABEL)} : pointer) + ': ' + rule;`,
    ),
  );
  out.line();
  out.line('// The JSON pointer of a property (RFC 6901 escaping).');
  out.block('private static String childPointer(String pointer, String name)', () =>
    out.line("return pointer + '/' + name.replace('~', '~0').replace('/', '~1');"),
  );
  out.line();
  out.line(
    '// Parses a body that must be a JSON object. The parser message is dropped: it may quote',
  );
  out.line('// the body.');
  out.block('private static Map<String, Object> parseObject(String body)', () => {
    out.block('if (String.isBlank(body))', () => out.line(contract("''", NOT_JSON_RULE)));
    out.line('Object parsed;');
    out.block('try', () => out.line('parsed = System.JSON.deserializeUntyped(body);'));
    out.block('catch (System.JSONException e)', () => out.line(contract("''", NOT_JSON_RULE)));
    out.block('if (parsed instanceof Map<String, Object>)', () =>
      out.line('return (Map<String, Object>) parsed;'),
    );
    out.line(contract("''", NOT_OBJECT_RULE));
  });
  out.line();
  out.line('// An array item that must be a JSON object.');
  out.block('private static Map<String, Object> asObject(Object value, String pointer)', () => {
    out.block('if (value instanceof Map<String, Object>)', () =>
      out.line('return (Map<String, Object>) value;'),
    );
    out.line(contract('pointer', TYPE_RULES.object));
  });
  out.line();
  out.line('// A property value; a missing or null required property breaks the contract.');
  out.block(
    'private static Object readValue(Map<String, Object> source, String pointer, String name, Boolean required)',
    () => {
      out.line('Object value = source.get(name);');
      out.block('if (value == null && required)', () =>
        out.line(contract(pointerOf, REQUIRED_RULE)),
      );
      out.line('return value;');
    },
  );
  out.line();
  reader('String', 'readString', TYPE_RULES.string, 'value instanceof String');
  reader('Integer', 'readInteger', TYPE_RULES.integer, 'value instanceof Integer');
  reader('Boolean', 'readBoolean', TYPE_RULES.boolean, 'value instanceof Boolean');
  reader(
    'Map<String, Object>',
    'readObject',
    TYPE_RULES.object,
    'value instanceof Map<String, Object>',
  );
  reader('List<Object>', 'readArray', TYPE_RULES.array, 'value instanceof List<Object>');

  out.line('// A string property that must be one of the allowed values.');
  out.block(
    'private static String readEnum(Map<String, Object> source, String pointer, String name, Boolean required, List<String> allowed)',
    () => {
      out.line('String value = readString(source, pointer, name, required);');
      out.block('if (value != null && !allowed.contains(value))', () =>
        out.line(
          `throw new ContractException(problem(${pointerOf}, ${apexString(ENUM_RULE_PREFIX)} + String.join(allowed, ${apexString(ENUM_SEPARATOR)})));`,
        ),
      );
      out.line('return value;');
    },
  );
  out.line();
  out.line('// An array of strings; allowed is null when any string is allowed.');
  out.block(
    'private static List<String> readStringList(Map<String, Object> source, String pointer, String name, Boolean required, List<String> allowed)',
    () => {
      out.line('List<Object> items = readArray(source, pointer, name, required);');
      out.block('if (items == null)', () => out.line('return null;'));
      out.line('List<String> values = new List<String>();');
      out.block('for (Integer i = 0; i < items.size(); i++)', () => {
        out.line(`String itemPointer = ${pointerOf} + '/' + i;`);
        out.block('if (!(items[i] instanceof String))', () =>
          out.line(contract('itemPointer', TYPE_RULES.string)),
        );
        out.line('String value = (String) items[i];');
        out.block('if (allowed != null && !allowed.contains(value))', () =>
          out.line(
            `throw new ContractException(problem(itemPointer, ${apexString(ENUM_RULE_PREFIX)} + String.join(allowed, ${apexString(ENUM_SEPARATOR)})));`,
          ),
        );
        out.line('values.add(value);');
      });
      out.line('return values;');
    },
  );
  out.line();
  out.line(
    '// An ISO 8601 date-time string, as the gateway writes them (2026-11-22T10:00:00.000Z).',
  );
  out.block(
    'private static Datetime readDatetime(Map<String, Object> source, String pointer, String name, Boolean required)',
    () => {
      out.line('Object value = readValue(source, pointer, name, required);');
      out.block('if (value == null)', () => out.line('return null;'));
      out.line('Datetime parsed = value instanceof String ? parseDatetime((String) value) : null;');
      out.block('if (parsed == null)', () => out.line(contract(pointerOf, TYPE_RULES.datetime)));
      out.line('return parsed;');
    },
  );
  out.line();
  out.line('// null when the text is not an ISO 8601 date-time. Any parse failure (JSONException,');
  out.line(
    '// TypeException) is a contract problem; the parser message is dropped: it quotes the value.',
  );
  out.block('private static Datetime parseDatetime(String value)', () => {
    out.block('try', () =>
      out.line(
        'return (Datetime) System.JSON.deserialize(System.JSON.serialize(value), Datetime.class);',
      ),
    );
    out.block('catch (Exception e)', () => out.line('return null;'));
  });
  out.line();
  out.line('// The JSON form of a date-time: ISO 8601 in UTC with milliseconds; null stays null.');
  out.block('private static String formatDatetime(Datetime value)', () =>
    out.line("return value?.formatGmt('yyyy-MM-dd\\'T\\'HH:mm:ss.SSS\\'Z\\'');"),
  );
  out.line();
  out.line('// A list of strings as JSON array items; null stays null.');
  out.block('private static List<Object> stringItems(List<String> values)', () => {
    out.block('if (values == null)', () => out.line('return null;'));
    out.line('List<Object> items = new List<Object>();');
    out.block('for (String value : values)', () => out.line('items.add(value);'));
    out.line('return items;');
  });
  out.line();
  out.line('// toMap leaves unset (null) properties out of the JSON.');
  out.block(
    'private static void putIfSet(Map<String, Object> target, String name, Object value)',
    () => out.block('if (value != null)', () => out.line('target.put(name, value);')),
  );
  out.line();
  out.line('// A path parameter as one URL path segment (spaces as %20, not +).');
  out.block('private static String encodePathSegment(String value, String name)', () => {
    out.block('if (String.isBlank(value))', () =>
      out.line(`throw new ContractException(name + ': ' + ${apexString(REQUIRED_RULE)});`),
    );
    out.line("return System.EncodingUtil.urlEncode(value, 'UTF-8').replace('+', '%20');");
  });
}

/** GatewayApi.cls, before formatting. */
export function emitApiClass(model: ApiModel, info: GenerationInfo): string {
  const out = new ApexWriter();
  out.line(`// GENERATED from ${info.specPath} (${model.title} ${model.version})`);
  out.line(`// by ${info.generator}. Do not edit: change the contract, then run`);
  out.line(`// \`${info.command}\`. \`npm run check:apex\` fails when this file drifts from it.`);
  out.doc(
    `Request and response classes of the ${model.title} API, generated from its OpenAPI contract: one inner class per object schema (fromJson, fromMap, toMap, toJson, validate), the enum values as constants and the path of each operation. Fields are named like the JSON properties, with a Value suffix for Apex reserved words (from -> fromValue). Problems and ContractException messages are \`<JSON pointer>: <rule>\` and never contain the offending value, which may be PHI.`,
  );
  out.open(`public with sharing class ${info.className}`);
  for (const enumModel of model.enums) {
    for (const entry of enumModel.values) {
      out.doc(`\`${enumModel.origin}\` value \`${entry.value}\`.`);
      out.line(`public static final String ${entry.constant} = ${apexString(entry.value)};`);
    }
    out.line();
  }
  for (const enumModel of model.enums) {
    out.line(`// The allowed values of ${enumModel.origin}, in contract order.`);
    out.line(
      `private static final List<String> ${enumModel.valuesName} = new List<String>{ ${enumModel.values.map((entry) => entry.constant).join(', ')} };`,
    );
  }
  out.line();
  out.doc(
    'Thrown by fromJson and fromMap when a JSON document breaks the contract (missing required property, wrong JSON type, value outside an enum, not JSON at all), and by the path methods on a blank path parameter. The message is `<JSON pointer>: <rule>` and never contains the value.',
  );
  out.line('public with sharing class ContractException extends Exception {');
  out.line('}');
  out.line();
  for (const operation of model.operations) writePathMethod(out, operation);
  for (const classModel of model.classes) writeClass(out, classModel, info);
  out.line();
  writeHelpers(out);
  out.close();
  return out.toString();
}

/** GatewayApi.cls-meta.xml. */
export function emitClassMeta(apiVersion: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">',
    `    <apiVersion>${apiVersion}</apiVersion>`,
    '    <status>Active</status>',
    '</ApexClass>',
    '',
  ].join('\n');
}
