import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverTests } from '../src/runner/discovery.ts';
import { loadSources } from './runner-fixtures.ts';

const SOURCES = {
  'Service.cls': 'public class Service { public static Integer one() { return 1; } }',
  'ServiceTest.cls': `@IsTest
private class ServiceTest {
  @TestSetup static void makeData() {}
  @IsTest static void annotated() {}
  static testMethod void legacy() {}
  static void helper() {}
  @IsTest void notStatic() {}
}`,
  'AnotherTest.cls': '@isTest public class AnotherTest { @isTest static void onlyOne() {} }',
};

const names = (plans: ReturnType<typeof discoverTests>['plans']): string[] =>
  plans.flatMap((plan) => plan.methods.map((m) => `${plan.cls.name}.${m.decl.name}`));

describe('test discovery', () => {
  const { registry } = loadSources(SOURCES);

  it('finds @IsTest classes sorted by name, their @IsTest and testMethod methods in order', () => {
    const { plans, unknown } = discoverTests(registry);
    assert.deepEqual(names(plans), [
      'AnotherTest.onlyOne',
      'ServiceTest.annotated',
      'ServiceTest.legacy',
      'ServiceTest.notStatic',
    ]);
    assert.deepEqual(unknown, []);
  });

  it('collects @TestSetup methods separately', () => {
    const plan = discoverTests(registry).plans.find((p) => p.cls.name === 'ServiceTest');
    assert.deepEqual(
      plan?.setups.map((decl) => decl.name),
      ['makeData'],
    );
  });

  it('marks a test method that is not static as a compile failure', () => {
    const plan = discoverTests(registry).plans.find((p) => p.cls.name === 'ServiceTest');
    const notStatic = plan?.methods.find((m) => m.decl.name === 'notStatic');
    assert.match(notStatic?.compileError ?? '', /must be static/);
    assert.equal(plan?.methods.find((m) => m.decl.name === 'annotated')?.compileError, undefined);
  });

  it('filters by class names and Class.method, case-insensitively', () => {
    const { plans } = discoverTests(registry, {
      classNames: ['anothertest'],
      tests: ['SERVICETEST.Legacy'],
    });
    assert.deepEqual(names(plans), ['AnotherTest.onlyOne', 'ServiceTest.legacy']);
  });

  it('accepts a bare class name in --tests', () => {
    const { plans } = discoverTests(registry, { classNames: [], tests: ['AnotherTest'] });
    assert.deepEqual(names(plans), ['AnotherTest.onlyOne']);
  });

  it('reports filter entries that name nothing', () => {
    const { plans, unknown } = discoverTests(registry, {
      classNames: ['Service', 'Missing'],
      tests: ['ServiceTest.nope', 'ServiceTest.helper'],
    });
    assert.deepEqual(plans, []);
    assert.deepEqual(unknown, ['Service', 'Missing', 'ServiceTest.nope', 'ServiceTest.helper']);
  });
});
