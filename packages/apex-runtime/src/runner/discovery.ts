/**
 * Finds what to run: top-level @IsTest classes, their test methods (`@IsTest` on the method or the
 * legacy `testMethod` modifier) and their @TestSetup methods, optionally narrowed like
 * `sf apex run test --class-names A --tests B.m`. Apex names are case-insensitive.
 */
import type { MethodDecl } from '../ast.ts';
import type { ClassInfo } from '../interpreter/class-info.ts';
import type { TypeRegistry } from '../interpreter/registry.ts';

export interface TestFilter {
  /** Whole classes (`--class-names`). */
  classNames: string[];
  /** `Class.method` or `Class` (`--tests`). */
  tests: string[];
}

export interface TestMethodPlan {
  decl: MethodDecl;
  /** Set when the method cannot run as a test (reported as CompileFail). */
  compileError?: string;
}

export interface TestClassPlan {
  cls: ClassInfo;
  setups: MethodDecl[];
  methods: TestMethodPlan[];
}

export interface Discovery {
  plans: TestClassPlan[];
  /** Filter entries that name no test class or method. */
  unknown: string[];
}

const hasAnnotation = (decl: MethodDecl, name: string): boolean =>
  decl.annotations.some((annotation) => annotation.name === name);

export function isTestMethod(decl: MethodDecl): boolean {
  return hasAnnotation(decl, 'istest') || decl.modifiers.includes('testmethod');
}

function methodPlan(decl: MethodDecl): TestMethodPlan {
  // Apex rejects these at compile time; here the class still loads, so the method fails alone.
  if (!decl.modifiers.includes('static') || decl.params.length > 0 || !decl.body) {
    return {
      decl,
      compileError: `Test method ${decl.name} must be static, take no arguments and have a body`,
    };
  }
  return { decl };
}

function classPlan(cls: ClassInfo): TestClassPlan {
  const members = cls.decl?.members ?? [];
  const methods = members.filter((member): member is MethodDecl => member.kind === 'method');
  return {
    cls,
    setups: methods.filter((decl) => hasAnnotation(decl, 'testsetup')),
    methods: methods.filter(isTestMethod).map(methodPlan),
  };
}

/** Every top-level test class, sorted by name, with its methods in declaration order. */
export function allTestClasses(registry: TypeRegistry): TestClassPlan[] {
  return registry
    .topLevelClasses()
    .filter((cls) => cls.isTest && cls.kind === 'class')
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))
    .map(classPlan);
}

function isEmptyFilter(filter: TestFilter | undefined): filter is undefined {
  return !filter || (filter.classNames.length === 0 && filter.tests.length === 0);
}

/** The plans selected by `filter` (all test classes without one). */
export function discoverTests(registry: TypeRegistry, filter?: TestFilter): Discovery {
  const all = allTestClasses(registry);
  if (isEmptyFilter(filter)) return { plans: all, unknown: [] };
  const byName = new Map(all.map((plan) => [plan.cls.name.toLowerCase(), plan]));
  const wholeClasses = new Set<string>();
  const methodsByClass = new Map<string, Set<string>>();
  const unknown: string[] = [];
  for (const name of filter.classNames) {
    if (byName.has(name.toLowerCase())) wholeClasses.add(name.toLowerCase());
    else unknown.push(name);
  }
  for (const entry of filter.tests) {
    const [className = '', methodName] = entry.toLowerCase().split('.');
    const plan = byName.get(className);
    if (!plan) unknown.push(entry);
    else if (methodName === undefined) wholeClasses.add(className);
    else if (!plan.methods.some((m) => m.decl.name.toLowerCase() === methodName))
      unknown.push(entry);
    else
      methodsByClass.set(className, (methodsByClass.get(className) ?? new Set()).add(methodName));
  }
  const plans: TestClassPlan[] = [];
  for (const plan of all) {
    const key = plan.cls.name.toLowerCase();
    if (wholeClasses.has(key)) plans.push(plan);
    else {
      const wanted = methodsByClass.get(key);
      if (wanted)
        plans.push({
          ...plan,
          methods: plan.methods.filter((m) => wanted.has(m.decl.name.toLowerCase())),
        });
    }
  }
  return { plans, unknown };
}
