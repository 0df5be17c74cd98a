/**
 * The Apex classes generated from the gateway's OpenAPI contract: deterministic output, Apex
 * names (reserved words get a `Value` suffix), types (date-time -> Datetime), enum constants,
 * inline object classes and path methods, from a small fixture contract
 * (test/tooling/apex-gen/fixtures/palette.yaml) and from the real one; and the drift check that
 * `npm run check:apex` runs: a changed contract, a hand edit and a missing file are each found.
 */
import assert from 'node:assert/strict';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkGeneratedApex, DRIFT_RULE } from '../../../scripts/apex-gen/drift.ts';
import { apexFieldName, upperSnake } from '../../../scripts/apex-gen/apex-names.ts';
import { buildApiModel } from '../../../scripts/apex-gen/api-model.ts';
import {
  GATEWAY_API,
  GATEWAY_SPEC,
  generateApexFiles,
  type GeneratedFile,
} from '../../../scripts/apex-gen/generate.ts';
import { loadOpenApi } from '../../../scripts/apex-gen/openapi-model.ts';
import {
  patternBreakingValue,
  sampleForPattern,
  stringRuleProblems,
} from '../../../scripts/apex-gen/samples.ts';
import { writeGatewayApex } from '../../../scripts/generate-apex-gateway.ts';
import { readTopLevelType, type ApexTypeDeclaration } from '../../../scripts/lib/apex-model.ts';
import { parseApexSource } from '../../../scripts/lib/apex-source.ts';
import { repoRoot } from '../../../scripts/lib/project.ts';

const FIXTURE_SPEC = join(import.meta.dirname, 'fixtures', 'palette.yaml');
const PALETTE = { ...GATEWAY_API, className: 'Palette' };

function fileNamed(files: GeneratedFile[], name: string): string {
  const file = files.find((candidate) => basename(candidate.path) === name);
  assert.ok(file, `${name} should be generated`);
  return file.text;
}

function parseClass(text: string, name: string): ApexTypeDeclaration {
  const parsed = parseApexSource(name, text);
  assert.deepEqual(parsed.syntaxErrors, [], `${name} should parse`);
  const type = readTopLevelType(parsed);
  assert.ok(type, `${name} should declare a class`);
  return type;
}

function inner(type: ApexTypeDeclaration, name: string): ApexTypeDeclaration {
  const found = type.innerTypes.find((candidate) => candidate.name === name);
  assert.ok(found, `${type.name}.${name} should exist`);
  return found;
}

/** `name: Type` of each field of a class, in order. */
function fields(type: ApexTypeDeclaration): string[] {
  return type.variables.map((variable) => `${variable.name}: ${variable.type.text}`);
}

/** The source with all runs of whitespace made one space, for matching across line breaks. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('generate:apex on the fixture contract', () => {
  let files: GeneratedFile[] = [];
  let api: ApexTypeDeclaration;
  let classText = '';

  before(async () => {
    files = await generateApexFiles(loadOpenApi(FIXTURE_SPEC), PALETTE);
    classText = fileNamed(files, 'Palette.cls');
    api = parseClass(classText, 'Palette.cls');
  });

  it('writes the class, its test and their -meta.xml (apiVersion 65.0, Active)', () => {
    assert.deepEqual(
      files.map((file) => basename(file.path)),
      ['Palette.cls', 'Palette.cls-meta.xml', 'PaletteTest.cls', 'PaletteTest.cls-meta.xml'],
    );
    const meta = fileNamed(files, 'Palette.cls-meta.xml');
    assert.match(meta, /<apiVersion>65\.0<\/apiVersion>/);
    assert.match(meta, /<status>Active<\/status>/);
    assert.match(
      classText,
      /^\/\/ GENERATED from packages\/gateway\/openapi\.yaml \(Palette 0\.1\.0\)/,
    );
    assert.match(
      flat(classText),
      /Do not edit: change the contract, then run \/\/ `npm run generate:apex`/,
    );
  });

  it('is deterministic', async () => {
    const again = await generateApexFiles(loadOpenApi(FIXTURE_SPEC), PALETTE);
    assert.deepEqual(again, files);
  });

  it('declares one inner class per object schema, inline objects as <Parent><Singular>', () => {
    assert.deepEqual(
      api.innerTypes.map((type) => type.name),
      ['ContractException', 'Paint', 'PaintShade', 'Owner'],
    );
    assert.ok(api.modifiers.includes('public'));
    assert.match(classText, /public with sharing class Palette \{/);
    assert.match(classText, /public with sharing class ContractException extends Exception \{/);
  });

  it('names fields like the JSON properties, reserved words with a Value suffix, typed', () => {
    assert.deepEqual(fields(inner(api, 'Paint')), [
      'id: String',
      'fromValue: String',
      'typeValue: String',
      'limitValue: Integer',
      'numberValue: Integer',
      'objectValue: Map<String,Object>',
      'groupValue: String',
      'selectValue: Boolean',
      'whenValue: Datetime',
      'createdAt: Datetime',
      'color: String',
      'colors: List<String>',
      'shades: List<Palette.PaintShade>',
      'owner: Palette.Owner',
    ]);
    assert.deepEqual(fields(inner(api, 'PaintShade')), ['name: String']);
    // The JSON keeps the contract's names.
    assert.match(classText, /readString\(source, pointer, 'from', true\)/);
    assert.match(flat(classText), /putIfSet\(result, 'from', this\.fromValue\)/);
  });

  it('gives every inner class fromJson, fromMap, toMap, toJson, validate and validateAt', () => {
    for (const name of ['Paint', 'PaintShade', 'Owner']) {
      const signatures = inner(api, name).methods.map(
        (method) =>
          `${method.modifiers.includes('static') ? 'static ' : ''}${method.name}(${method.parameters.map((parameter) => parameter.type.text).join(', ')})`,
      );
      assert.deepEqual(signatures, [
        'static fromJson(String)',
        'static fromMap(Map<String,Object>, String)',
        'toMap()',
        'toJson()',
        'validate()',
        'validateAt(String)',
      ]);
    }
  });

  it('declares named and inline enum values as UPPER_SNAKE constants', () => {
    const constants = api.variables
      .filter((variable) => variable.modifiers.includes('public'))
      .map((variable) => variable.name);
    assert.deepEqual(constants, [
      'COLOR_DEEP_BLUE',
      'COLOR_RED',
      'COLOR_SUN_YELLOW',
      'PAINT_TYPE_MATTE',
      'PAINT_TYPE_GLOSS',
    ]);
    assert.match(classText, /public static final String COLOR_SUN_YELLOW = 'sun\.yellow';/);
    assert.match(
      flat(classText),
      /readEnum\( source, pointer, 'type', true, Palette\.PAINT_TYPE_VALUES \)/,
    );
  });

  it('has a path method per operation, path parameters URL-encoded', () => {
    const paths = api.methods
      .filter((method) => method.name.endsWith('Path'))
      .map(
        (method) =>
          `${method.name}(${method.parameters.map((parameter) => parameter.name).join(', ')})`,
      );
    assert.deepEqual(paths, ['createPaintPath()', 'getMixPath(paintId, mixId)']);
    assert.match(
      flat(classText),
      /return \( '\/v1\/paints\/' \+ encodePathSegment\(paintId, 'paintId'\) \+ '\/mixes\/' \+ encodePathSegment\(mixId, 'mixId'\) \);|return '\/v1\/paints\/' \+ encodePathSegment\(paintId, 'paintId'\) \+ '\/mixes\/' \+ encodePathSegment\(mixId, 'mixId'\);/,
    );
    assert.match(flat(classText), /@param paintId the `paintId` path parameter: The paint's id\./);
  });

  it('documents every public member with ApexDoc', () => {
    const lines = classText.split('\n');
    lines.forEach((line, index) => {
      if (!/^\s*public /.test(line)) return;
      const previous = lines[index - 1]?.trim() ?? '';
      assert.ok(
        previous.endsWith('*/'),
        `line ${index + 1} (${line.trim()}) should follow an ApexDoc comment`,
      );
    });
    assert.match(classText, /@description A paint in the palette\./);
    assert.match(
      classText,
      /@description The owner's display name\. Optional JSON property `name`\./,
    );
  });

  it('builds problems from the pointer and rule only, never from a value', () => {
    const additions = [...flat(classText).matchAll(/problems\.add\((.*?)\);/g)].map(
      (match) => match[1] ?? '',
    );
    assert.ok(additions.length > 10);
    for (const argument of additions) {
      assert.match(argument.trim(), /^pointer( \+ '[^']*'| \+ i)*$/, argument);
    }
    const throws = [...flat(classText).matchAll(/new ContractException\((.*?)\);/g)].map(
      (match) => match[1] ?? '',
    );
    for (const argument of throws) {
      assert.doesNotMatch(argument, /\bvalue\b(?!s)|\bbody\b/, argument);
    }
    assert.match(
      flat(classText),
      /problems\.add\(pointer \+ '\/group: must be at least 2 characters'\)/,
    );
    assert.match(
      flat(classText),
      /problems\.add\(pointer \+ '\/shades\/' \+ i \+ ': must not be null'\)/,
    );
  });

  it('generates a test class with samples that fit the contract', () => {
    const testText = fileNamed(files, 'PaletteTest.cls');
    const test = parseClass(testText, 'PaletteTest.cls');
    assert.match(testText, /@IsTest\(IsParallel=true\)/);
    const tests = test.methods.filter((method) =>
      method.annotations.some((annotation) => annotation.name.toLowerCase() === 'istest'),
    );
    assert.ok(tests.length > 20, `${tests.length} test methods`);
    assert.match(testText, /sample\.id = 'pnt_[0-9a-f]{8}';/);
    assert.match(testText, /sample\.whenValue = SAMPLE_TIME;/);
    assert.match(flat(testText), /'\/shades\/0\/name: is required'/);
    assert.match(flat(testText), /'\/type: must be one of matte, gloss'/);
    assert.match(flat(testText), /'\(root\): is not valid JSON'/);
    assert.match(flat(testText), /'\/colors: must have at most 3 items'/);
  });
});

describe('generate:apex on the gateway contract', () => {
  it('matches the shape hand-written Apex relies on', async () => {
    const files = await generateApexFiles(loadOpenApi(join(repoRoot, GATEWAY_SPEC)));
    const api = parseClass(fileNamed(files, 'GatewayApi.cls'), 'GatewayApi.cls');
    const names = api.innerTypes.map((type) => type.name);
    for (const name of [
      'ContractException',
      'CreateMessageRequest',
      'MessageStatus',
      'FindingsSummaryCategory',
      'AuditPageHead',
      'ProblemError',
      'Event',
      'Reply',
    ]) {
      assert.ok(names.includes(name), `${name} should be an inner class`);
    }
    assert.ok(fields(inner(api, 'Reply')).includes('fromValue: String'));
    assert.ok(fields(inner(api, 'Event')).includes('typeValue: String'));
    assert.ok(fields(inner(api, 'Problem')).includes('typeValue: String'));
    assert.ok(fields(inner(api, 'MessageStatus')).includes('createdAt: Datetime'));
    const constants = new Set(api.variables.map((variable) => variable.name));
    for (const constant of [
      'MESSAGE_STATE_DELIVERED_TLS',
      'PHI_CATEGORY_SSN',
      'DELIVERY_METHOD_PICKUP',
      'SCOPE_READ_STATUS',
      'EVENT_TYPE_REPLY_RECEIVED',
      'RECIPIENT_STATUS_DELIVERY_FAILED',
    ]) {
      assert.ok(constants.has(constant), `${constant} should be declared`);
    }
    const paths = api.methods
      .filter((method) => method.name.endsWith('Path'))
      .map((method) => method.name);
    assert.deepEqual(paths.sort(), [
      'createMessagePath',
      'getHealthPath',
      'getMessageContentPath',
      'getMessagePath',
      'listAuditPath',
      'listEventsPath',
      'pingPath',
      'revokeMessagePath',
    ]);
  });

  it('is what force-app holds (no drift)', async () => {
    assert.deepEqual(await checkGeneratedApex(repoRoot), []);
  });

  it('makes a sample for every pattern of the contract, and a value breaking it', () => {
    const model = buildApiModel(loadOpenApi(join(repoRoot, GATEWAY_SPEC)));
    const patterns = model.classes.flatMap((entry) =>
      entry.properties.flatMap((property) =>
        property.type.kind === 'string' && property.type.rules.pattern !== undefined
          ? [property.type.rules]
          : [],
      ),
    );
    assert.ok(patterns.length > 10);
    for (const rules of patterns) {
      const pattern = rules.pattern ?? '';
      assert.match(sampleForPattern(pattern), new RegExp(pattern, 'u'));
      const broken = patternBreakingValue(rules);
      assert.ok(broken !== undefined, `a value breaking ${pattern}`);
      assert.deepEqual(stringRuleProblems(rules, broken), ['does not match the required pattern']);
    }
  });
});

describe('Apex names', () => {
  it('suffixes Apex reserved words with Value, case-insensitively', () => {
    for (const word of ['from', 'type', 'limit', 'number', 'object', 'group', 'select', 'when']) {
      assert.equal(apexFieldName(word), `${word}Value`);
    }
    assert.equal(apexFieldName('Object'), 'ObjectValue');
    assert.equal(apexFieldName('status'), 'status');
    assert.equal(apexFieldName('count'), 'count');
    assert.equal(apexFieldName('content-type'), 'contentType');
  });

  it('makes UPPER_SNAKE constants of schema names and enum values', () => {
    assert.equal(upperSnake('MessageState'), 'MESSAGE_STATE');
    assert.equal(upperSnake('read-status'), 'READ_STATUS');
    assert.equal(upperSnake('message.verify_fail'), 'MESSAGE_VERIFY_FAIL');
  });
});

describe('drift check (npm run check:apex)', () => {
  let root = '';
  const spec = (): string => join(root, GATEWAY_SPEC);
  const classFile = (): string =>
    join(root, 'force-app', 'main', 'default', 'classes', 'GatewayApi.cls');

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'apex-gen-'));
    mkdirSync(dirname(spec()), { recursive: true });
    copyFileSync(FIXTURE_SPEC, spec());
    const written = await writeGatewayApex(root);
    assert.equal(written.length, 4);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('passes right after generation, and a second generation writes nothing', async () => {
    assert.deepEqual(await checkGeneratedApex(root), []);
    assert.deepEqual(await writeGatewayApex(root), []);
  });

  it('reports nothing for a project without the gateway contract', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'apex-gen-empty-'));
    try {
      assert.deepEqual(await checkGeneratedApex(empty), []);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('finds a property added to the contract', async () => {
    try {
      appendFileSync(
        spec(),
        '    Extra:\n      type: object\n      properties:\n        note: { type: string }\n',
      );
      const findings = await checkGeneratedApex(root);
      assert.deepEqual(
        findings.map((finding) => [basename(finding.file), finding.rule]),
        [
          ['GatewayApi.cls', DRIFT_RULE],
          ['GatewayApiTest.cls', DRIFT_RULE],
        ],
      );
      assert.match(findings[0]?.message ?? '', /run `npm run generate:apex`/);
    } finally {
      copyFileSync(FIXTURE_SPEC, spec());
    }
  });

  it('finds a hand edit, at its line', async () => {
    const original = readFileSync(classFile(), 'utf8');
    try {
      appendFileSync(classFile(), '// hand edit\n');
      const findings = await checkGeneratedApex(root);
      assert.equal(findings.length, 1);
      assert.equal(basename(findings[0]?.file ?? ''), 'GatewayApi.cls');
      assert.equal(findings[0]?.line, original.split('\n').length);
      assert.match(findings[0]?.message ?? '', /GatewayApi\.cls differs from what/);
    } finally {
      await writeGatewayApex(root);
    }
  });

  it('finds a missing file', async () => {
    rmSync(classFile());
    try {
      const findings = await checkGeneratedApex(root);
      assert.equal(findings.length, 1);
      assert.match(findings[0]?.message ?? '', /GatewayApi\.cls is missing/);
      assert.match(findings[0]?.message ?? '', /npm run generate:apex/);
    } finally {
      await writeGatewayApex(root);
    }
  });

  it('reports a contract it cannot generate from, instead of crashing', async () => {
    try {
      appendFileSync(
        spec(),
        '    Broken:\n      type: object\n      properties:\n        ratio: { type: number }\n',
      );
      const findings = await checkGeneratedApex(root);
      assert.equal(findings.length, 1);
      assert.equal(basename(findings[0]?.file ?? ''), 'openapi.yaml');
      assert.match(findings[0]?.message ?? '', /JSON type number is not supported/);
    } finally {
      copyFileSync(FIXTURE_SPEC, spec());
    }
  });
});
