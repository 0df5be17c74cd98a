/**
 * Emits GatewayApiTest.cls: for every inner class a sample with every property set (values that
 * satisfy the contract's patterns, enums and lengths), and tests that it round-trips through
 * JSON and validates, that each required property, wrong JSON type, value outside an enum and
 * broken rule is reported with its JSON pointer by validate() and fromJson(), that unknown
 * properties are ignored and that a body that is not a JSON object is rejected; then the paths.
 */
import type { ApexType, ApiModel, ClassModel, OperationModel, PropertyModel } from './api-model.ts';
import { apexString, pointerToken } from './apex-names.ts';
import { ApexWriter } from './apex-writer.ts';
import type { GenerationInfo } from './emit-class.ts';
import { apexTypeName } from './emit-class.ts';
import {
  NOT_JSON_RULE,
  NOT_OBJECT_RULE,
  PATTERN_RULE,
  REQUIRED_RULE,
  TYPE_RULES,
  enumRule,
  maxItemsRule,
  maximumRule,
  minItemsRule,
  minimumRule,
  problem,
} from './rules.ts';
import { patternBreakingValue, sampleString, stringRuleProblems } from './samples.ts';

/** Strings longer than this are not built in a test (heap); their maxLength goes untested. */
const MAX_TEST_STRING = 10000;
/** A value no contract enum holds. */
const NOT_IN_ENUM = 'not_in_the_contract';

/** One broken rule: how to break it on a sample, and what validate() must say. */
interface RuleCase {
  variable: string;
  setup: (target: string) => string[];
  expected: string[];
  message: string;
}

/** Java's URLEncoder (what Apex EncodingUtil.urlEncode does), with spaces as %20. */
export function encodePathSegment(value: string): string {
  return [...new TextEncoder().encode(value)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9.*_-]/.test(char) && byte < 128
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function stringList(values: string[]): string {
  return values.length === 0
    ? 'new List<String>()'
    : `new List<String>{ ${values.map(apexString).join(', ')} }`;
}

class TestWriter {
  readonly out = new ApexWriter();
  private readonly classes: Map<string, ClassModel>;

  constructor(
    private readonly model: ApiModel,
    private readonly info: GenerationInfo,
  ) {
    this.classes = new Map(model.classes.map((entry) => [entry.name, entry]));
  }

  private get outer(): string {
    return this.info.className;
  }

  private qualified(className: string): string {
    return `${this.outer}.${className}`;
  }

  private sampleCall(className: string): string {
    return `sample${className}()`;
  }

  private parseProblemOf(className: string): string {
    return `parseProblemOf${className}`;
  }

  /** An Apex expression for a valid value of the type. */
  private sampleValue(type: ApexType, name: string): string {
    switch (type.kind) {
      case 'string': {
        const first = type.enum?.values[0];
        if (first) return `${this.outer}.${first.constant}`;
        return apexString(sampleString(type.rules, name));
      }
      case 'datetime':
        return 'SAMPLE_TIME';
      case 'integer': {
        let value = type.minimum ?? 1;
        if (type.maximum !== undefined && value > type.maximum) value = type.maximum;
        return String(value);
      }
      case 'boolean':
        return 'true';
      case 'map':
        return "new Map<String, Object>{ 'count' => 1 }";
      case 'object':
        return this.sampleCall(type.className);
      case 'array': {
        let count = Math.max(1, type.minItems ?? 0);
        if (type.maxItems !== undefined) count = Math.min(count, type.maxItems);
        const item = this.sampleValue(type.items, name);
        const items = Array.from({ length: count }, () => item).join(', ');
        return `new ${apexTypeName(type, this.outer)}{ ${items} }`;
      }
    }
  }

  private writeSampleBuilders(): void {
    for (const model of this.model.classes) {
      const type = this.qualified(model.name);
      this.out.line(`// A ${model.name} with every property set to a valid value.`);
      this.out.block(`private static ${type} ${this.sampleCall(model.name).slice(0, -2)}()`, () => {
        this.out.line(`${type} sample = new ${type}();`);
        for (const property of model.properties) {
          this.out.line(
            `sample.${property.apexName} = ${this.sampleValue(property.type, property.jsonName)};`,
          );
        }
        this.out.line('return sample;');
      });
      this.out.line();
      this.out.line(
        `// The ContractException message of ${model.name}.fromJson, or null when it parses.`,
      );
      this.out.block(
        `private static String ${this.parseProblemOf(model.name)}(String body)`,
        () => {
          this.out.block('try', () => this.out.line(`${type}.fromJson(body);`));
          this.out.block(`catch (${this.outer}.ContractException e)`, () =>
            this.out.line('return e.getMessage();'),
          );
          this.out.line('return null;');
        },
      );
      this.out.line();
    }
  }

  private writeSharedHelpers(): void {
    this.out.line('// The JSON of source with one property replaced.');
    this.out.block(
      'private static String jsonWith(Map<String, Object> source, String name, Object value)',
      () => {
        this.out.line('source.put(name, value);');
        this.out.line('return System.JSON.serialize(source);');
      },
    );
    this.out.line();
    this.out.line('// The JSON of source without one property.');
    this.out.block(
      'private static String jsonWithout(Map<String, Object> source, String name)',
      () => {
        this.out.line('source.remove(name);');
        this.out.line('return System.JSON.serialize(source);');
      },
    );
    this.out.line();
  }

  private test(name: string, body: () => void): void {
    this.out.line('@IsTest');
    this.out.block(`static void ${name}()`, body);
    this.out.line();
  }

  private assertEquals(expected: string, actual: string, message: string): void {
    this.out.line(`Assert.areEqual(${expected}, ${actual}, ${apexString(message)});`);
  }

  private writeClassTests(model: ClassModel): void {
    const name = model.name;
    const type = this.qualified(name);
    const base = lowerFirst(name);
    const sample = this.sampleCall(name);
    const parse = this.parseProblemOf(name);

    this.test(`${base}SampleRoundTripsThroughJson`, () => {
      this.out.line(`String body = ${sample}.toJson();`);
      this.out.line(`${type} parsed = ${type}.fromJson(body);`);
      this.assertEquals(
        'body',
        'parsed.toJson()',
        `${name} should survive toJson -> fromJson -> toJson`,
      );
      this.assertEquals(
        `new Set<String>{ ${model.properties.map((property) => apexString(property.jsonName)).join(', ')} }`,
        'parsed.toMap().keySet()',
        `every ${name} property should be read and written under its JSON name`,
      );
      this.assertEquals(
        `${sample}.toMap()`,
        `${type}.fromMap(${sample}.toMap(), '').toMap()`,
        `${name}.fromMap should read what toMap writes`,
      );
    });

    this.test(`${base}SampleIsValid`, () => {
      this.assertEquals(
        'new List<String>()',
        `${sample}.validate()`,
        `the ${name} sample should be valid`,
      );
    });

    this.test(`${base}OmitsUnsetProperties`, () => {
      this.assertEquals(
        "'{}'",
        `new ${type}().toJson()`,
        `an empty ${name} should serialize to {}`,
      );
      this.assertEquals(
        stringList(
          model.properties
            .filter((property) => property.required)
            .map((property) => problem(`/${pointerToken(property.jsonName)}`, REQUIRED_RULE)),
        ),
        `new ${type}().validate()`,
        `an empty ${name} should miss exactly its required properties`,
      );
    });

    const required = model.properties.filter((property) => property.required);
    if (required.length > 0) {
      this.test(`${base}RequiresEachRequiredProperty`, () => {
        for (const property of required) {
          const expected = problem(`/${pointerToken(property.jsonName)}`, REQUIRED_RULE);
          const variable = `without${upperFirst(property.apexName)}`;
          this.out.line(`${type} ${variable} = ${sample};`);
          this.out.line(`${variable}.${property.apexName} = null;`);
          this.assertEquals(
            stringList([expected]),
            `${variable}.validate()`,
            `validate should report the missing ${property.jsonName}`,
          );
          this.assertEquals(
            apexString(expected),
            `${parse}(jsonWithout(${sample}.toMap(), ${apexString(property.jsonName)}))`,
            `fromJson should reject a ${name} without ${property.jsonName}`,
          );
        }
      });
    }

    if (model.properties.length > 0) {
      this.test(`${base}RejectsWrongJsonTypes`, () => {
        for (const property of model.properties) this.writeWrongType(model, property);
      });
    }

    const enums = model.properties.filter(
      (property) =>
        (property.type.kind === 'string' && property.type.enum) ||
        (property.type.kind === 'array' &&
          property.type.items.kind === 'string' &&
          property.type.items.enum),
    );
    if (enums.length > 0) {
      this.test(`${base}RejectsValuesOutsideTheEnums`, () => {
        for (const property of enums) this.writeEnumRejection(model, property);
      });
      this.test(`${base}AcceptsEveryEnumConstant`, () => {
        for (const property of enums) this.writeEnumAcceptance(model, property);
      });
    }

    const ruleCases = model.properties.flatMap((property) => this.ruleCases(property));
    if (ruleCases.length > 0) {
      this.test(`${base}ValidateReportsBrokenRules`, () => {
        for (const ruleCase of ruleCases) {
          this.out.line(`${type} ${ruleCase.variable} = ${sample};`);
          for (const line of ruleCase.setup(ruleCase.variable)) this.out.line(line);
          this.assertEquals(
            stringList(ruleCase.expected),
            `${ruleCase.variable}.validate()`,
            ruleCase.message,
          );
        }
      });
    }

    const nested = model.properties.filter(
      (property) => this.nestedRequired(property) !== undefined,
    );
    if (nested.length > 0) {
      this.test(`${base}ReportsNestedPointers`, () => {
        for (const property of nested) this.writeNested(model, property);
      });
    }

    this.test(`${base}IgnoresUnknownProperties`, () => {
      let unknown = 'unknownProperty';
      while (model.properties.some((property) => property.jsonName === unknown)) unknown += 'X';
      this.out.line(
        `${type} parsed = ${type}.fromJson(jsonWith(${sample}.toMap(), ${apexString(unknown)}, 'ignored'));`,
      );
      this.assertEquals(
        `${sample}.toJson()`,
        'parsed.toJson()',
        `${name}.fromJson should ignore unknown properties`,
      );
    });

    this.test(`${base}RejectsABodyThatIsNotAJsonObject`, () => {
      this.assertEquals(
        apexString(problem('', NOT_JSON_RULE)),
        `${parse}('not json')`,
        'a body that is not JSON should be rejected',
      );
      this.assertEquals(
        apexString(problem('', NOT_JSON_RULE)),
        `${parse}('')`,
        'an empty body should be rejected',
      );
      this.assertEquals(
        apexString(problem('', NOT_OBJECT_RULE)),
        `${parse}('[]')`,
        'a JSON array should be rejected',
      );
      this.out.line(`Assert.isNull(${type}.fromMap(null, ''), 'fromMap(null) should give null');`);
    });
  }

  private writeWrongType(model: ClassModel, property: PropertyModel): void {
    const pointer = `/${pointerToken(property.jsonName)}`;
    const check = (value: string, expected: string, what: string): void => {
      this.assertEquals(
        apexString(expected),
        `${this.parseProblemOf(model.name)}(jsonWith(${this.sampleCall(model.name)}.toMap(), ${apexString(property.jsonName)}, ${value}))`,
        `fromJson should reject ${what}`,
      );
    };
    const type = property.type;
    switch (type.kind) {
      case 'string':
        check('42', problem(pointer, TYPE_RULES.string), `a number as ${property.jsonName}`);
        return;
      case 'datetime':
        check(
          "'not a date-time'",
          problem(pointer, TYPE_RULES.datetime),
          `a ${property.jsonName} that is not a date-time`,
        );
        check('42', problem(pointer, TYPE_RULES.datetime), `a number as ${property.jsonName}`);
        return;
      case 'integer':
        check("'one'", problem(pointer, TYPE_RULES.integer), `a string as ${property.jsonName}`);
        check('1.5', problem(pointer, TYPE_RULES.integer), `a fraction as ${property.jsonName}`);
        return;
      case 'boolean':
        check("'yes'", problem(pointer, TYPE_RULES.boolean), `a string as ${property.jsonName}`);
        return;
      case 'map':
      case 'object':
        check("'none'", problem(pointer, TYPE_RULES.object), `a string as ${property.jsonName}`);
        return;
      case 'array':
        check("'none'", problem(pointer, TYPE_RULES.array), `a string as ${property.jsonName}`);
        check(
          'new List<Object>{ 42 }',
          problem(
            `${pointer}/0`,
            type.items.kind === 'object' ? TYPE_RULES.object : TYPE_RULES.string,
          ),
          `a number as an item of ${property.jsonName}`,
        );
        return;
    }
  }

  private enumOf(property: PropertyModel): {
    values: string[];
    constants: string[];
    array: boolean;
  } {
    const type = property.type;
    const enumType =
      type.kind === 'string'
        ? type.enum
        : type.kind === 'array' && type.items.kind === 'string'
          ? type.items.enum
          : undefined;
    return {
      values: enumType?.values.map((entry) => entry.value) ?? [],
      constants: enumType?.values.map((entry) => `${this.outer}.${entry.constant}`) ?? [],
      array: type.kind === 'array',
    };
  }

  private writeEnumRejection(model: ClassModel, property: PropertyModel): void {
    const { values, array } = this.enumOf(property);
    const pointer = `/${pointerToken(property.jsonName)}${array ? '/0' : ''}`;
    const expected = problem(pointer, enumRule(values));
    const variable = `invalid${upperFirst(property.apexName)}`;
    this.out.line(`${this.qualified(model.name)} ${variable} = ${this.sampleCall(model.name)};`);
    this.out.line(
      `${variable}.${property.apexName} = ${array ? `new List<String>{ ${apexString(NOT_IN_ENUM)} }` : apexString(NOT_IN_ENUM)};`,
    );
    this.assertEquals(
      stringList([expected]),
      `${variable}.validate()`,
      `validate should reject a ${property.jsonName} outside the enum`,
    );
    this.assertEquals(
      apexString(expected),
      `${this.parseProblemOf(model.name)}(jsonWith(${this.sampleCall(model.name)}.toMap(), ${apexString(property.jsonName)}, ${array ? `new List<Object>{ ${apexString(NOT_IN_ENUM)} }` : apexString(NOT_IN_ENUM)}))`,
      `fromJson should reject a ${property.jsonName} outside the enum`,
    );
  }

  private writeEnumAcceptance(model: ClassModel, property: PropertyModel): void {
    const { constants, array } = this.enumOf(property);
    const variable = `accepted${upperFirst(property.apexName)}`;
    this.out.line(`${this.qualified(model.name)} ${variable} = ${this.sampleCall(model.name)};`);
    this.out.block(`for (String value : new List<String>{ ${constants.join(', ')} })`, () => {
      this.out.line(
        `${variable}.${property.apexName} = ${array ? 'new List<String>{ value }' : 'value'};`,
      );
      this.out.line(
        `Assert.areEqual(new List<String>(), ${variable}.validate(), ${apexString(`${model.name}.${property.jsonName} should accept `)} + value);`,
      );
    });
  }

  /** Values breaking one rule each, with the problems validate() must report. */
  private ruleCases(property: PropertyModel): RuleCase[] {
    const cases: RuleCase[] = [];
    const pointer = `/${pointerToken(property.jsonName)}`;
    const field = property.apexName;
    const variable = (suffix: string): string => `${field}${suffix}`;
    const type = property.type;
    if (type.kind === 'string' && !type.enum) {
      const rules = type.rules;
      const stringCase = (suffix: string, value: string, what: string): void => {
        cases.push({
          variable: variable(suffix),
          setup: (target) => [
            `${target}.${field} = ${value === '' ? "''" : `${apexString(value.charAt(0))}.repeat(${value.length})`};`,
          ],
          expected: stringRuleProblems(rules, value).map((rule) => problem(pointer, rule)),
          message: `validate should report ${what} ${property.jsonName}`,
        });
      };
      if (rules.minLength !== undefined && rules.minLength > 0) {
        stringCase('TooShort', 'x'.repeat(rules.minLength - 1), 'a too short');
      }
      if (rules.maxLength !== undefined && rules.maxLength < MAX_TEST_STRING) {
        stringCase('TooLong', 'x'.repeat(rules.maxLength + 1), 'a too long');
      }
      if (rules.pattern !== undefined) {
        const value = patternBreakingValue(rules);
        if (value !== undefined) {
          cases.push({
            variable: variable('NotMatching'),
            setup: (target) => [`${target}.${field} = ${apexString(value)};`],
            expected: [problem(pointer, PATTERN_RULE)],
            message: `validate should report a ${property.jsonName} that does not match its pattern`,
          });
        }
      }
    }
    if (type.kind === 'integer') {
      const { minimum, maximum } = type;
      if (minimum !== undefined) {
        cases.push({
          variable: variable('TooSmall'),
          setup: (target) => [`${target}.${field} = ${minimum - 1};`],
          expected: [problem(pointer, minimumRule(minimum))],
          message: `validate should report a too small ${property.jsonName}`,
        });
      }
      if (maximum !== undefined) {
        cases.push({
          variable: variable('TooLarge'),
          setup: (target) => [`${target}.${field} = ${maximum + 1};`],
          expected: [problem(pointer, maximumRule(maximum))],
          message: `validate should report a too large ${property.jsonName}`,
        });
      }
    }
    if (type.kind === 'array') {
      const listType = apexTypeName(type, this.outer);
      if (type.minItems !== undefined && type.minItems > 0) {
        cases.push({
          variable: variable('TooFew'),
          setup: (target) => [`${target}.${field} = new ${listType}();`],
          expected: [problem(pointer, minItemsRule(type.minItems))],
          message: `validate should report too few ${property.jsonName}`,
        });
      }
      const maxItems = type.maxItems;
      const item = this.sampleValue(type.items, property.jsonName);
      if (maxItems !== undefined) {
        cases.push({
          variable: variable('TooMany'),
          setup: (target) => [
            `${target}.${field} = new ${listType}();`,
            `for (Integer i = 0; i <= ${maxItems}; i++) { ${target}.${field}.add(${item}); }`,
          ],
          expected: [problem(pointer, maxItemsRule(maxItems))],
          message: `validate should report too many ${property.jsonName}`,
        });
      }
    }
    return cases;
  }

  /** The first required property of the object a property holds (directly or as items). */
  private nestedRequired(property: PropertyModel): PropertyModel | undefined {
    const type = property.type;
    const className =
      type.kind === 'object'
        ? type.className
        : type.kind === 'array' && type.items.kind === 'object' && type.maxItems !== 0
          ? type.items.className
          : undefined;
    if (className === undefined) return undefined;
    return this.classes.get(className)?.properties.find((child) => child.required);
  }

  private writeNested(model: ClassModel, property: PropertyModel): void {
    const child = this.nestedRequired(property);
    if (!child) return;
    const array = property.type.kind === 'array';
    const pointer = `/${pointerToken(property.jsonName)}${array ? '/0' : ''}/${pointerToken(child.jsonName)}`;
    const expected = problem(pointer, REQUIRED_RULE);
    const variable = `nested${upperFirst(property.apexName)}`;
    const source = `${variable}Source`;
    this.out.line(`${this.qualified(model.name)} ${variable} = ${this.sampleCall(model.name)};`);
    this.out.line(
      `${variable}.${property.apexName}${array ? '[0]' : ''}.${child.apexName} = null;`,
    );
    this.assertEquals(
      stringList([expected]),
      `${variable}.validate()`,
      `validate should point into ${property.jsonName}`,
    );
    this.out.line(`Map<String, Object> ${source} = ${this.sampleCall(model.name)}.toMap();`);
    const holder = array
      ? `((Map<String, Object>) ((List<Object>) ${source}.get(${apexString(property.jsonName)}))[0])`
      : `((Map<String, Object>) ${source}.get(${apexString(property.jsonName)}))`;
    this.out.line(`${holder}.remove(${apexString(child.jsonName)});`);
    this.assertEquals(
      apexString(expected),
      `${this.parseProblemOf(model.name)}(System.JSON.serialize(${source}))`,
      `fromJson should point into ${property.jsonName}`,
    );
  }

  private writePathTests(operations: OperationModel[]): void {
    if (operations.length === 0) return;
    this.test('pathsFollowTheContract', () => {
      for (const operation of operations) {
        const args = operation.parameters.map((parameter) =>
          sampleString(
            parameter.type.kind === 'string' ? parameter.type.rules : { examples: [] },
            parameter.name,
          ),
        );
        let expected = operation.path;
        operation.parameters.forEach((parameter, index) => {
          expected = expected.replace(`{${parameter.name}}`, encodePathSegment(args[index] ?? ''));
        });
        this.assertEquals(
          apexString(expected),
          `${this.outer}.${operation.methodName}(${args.map(apexString).join(', ')})`,
          `${operation.methodName} should give the path of ${operation.operationId}`,
        );
      }
    });
    const withParameter = operations.find((operation) => operation.parameters.length > 0);
    if (!withParameter) return;
    const args = (value: string | null): string =>
      withParameter.parameters.map(() => (value === null ? 'null' : apexString(value))).join(', ');
    this.test('pathParametersAreUrlEncoded', () => {
      let expected = withParameter.path;
      for (const parameter of withParameter.parameters) {
        expected = expected.replace(`{${parameter.name}}`, 'a%20b%2Fc%3F');
      }
      this.assertEquals(
        apexString(expected),
        `${this.outer}.${withParameter.methodName}(${args('a b/c?')})`,
        'path parameters should be encoded as one path segment',
      );
    });
    this.test('pathParametersAreRequired', () => {
      const parameter = withParameter.parameters[0]?.name ?? '';
      this.out.line('String message;');
      this.out.block('try', () =>
        this.out.line(`${this.outer}.${withParameter.methodName}(${args(null)});`),
      );
      this.out.block(`catch (${this.outer}.ContractException e)`, () =>
        this.out.line('message = e.getMessage();'),
      );
      this.assertEquals(
        apexString(`${parameter}: ${REQUIRED_RULE}`),
        'message',
        'a blank path parameter should be rejected',
      );
    });
  }

  write(): string {
    const out = this.out;
    out.line(`// GENERATED from ${this.info.specPath} by ${this.info.generator}.`);
    out.line(`// Do not edit: change the contract, then run \`${this.info.command}\`.`);
    out.doc(
      `Generated tests of ${this.outer}: every class round-trips a sample with every property set, validates it, and reports each missing required property, wrong JSON type, value outside an enum and broken rule with its JSON pointer, without the value. Pure in-memory logic: no records, no users, so it runs in parallel and needs no runAs.`,
    );
    out.line('@IsTest(IsParallel=true)');
    out.line("@SuppressWarnings('PMD.ApexUnitTestClassShouldHaveRunAs')");
    out.open(`private class ${this.outer}Test`);
    out.line(
      'private static final Datetime SAMPLE_TIME = Datetime.newInstanceGmt(2026, 11, 22, 10, 0, 0);',
    );
    out.line();
    for (const model of this.model.classes) this.writeClassTests(model);
    this.writePathTests(this.model.operations);
    this.writeSampleBuilders();
    this.writeSharedHelpers();
    out.close();
    return out.toString();
  }
}

/** GatewayApiTest.cls, before formatting. */
export function emitTestClass(model: ApiModel, info: GenerationInfo): string {
  return new TestWriter(model, info).write();
}
