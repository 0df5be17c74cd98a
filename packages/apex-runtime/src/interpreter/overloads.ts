/**
 * Overload resolution. Apex picks an overload from the arguments' static types at compile time;
 * this runtime has only the values, so it scores each candidate by how closely each runtime
 * value matches its parameter (exact type > subtype or widening > null > Object) and takes the
 * best. KNOWN_DIFFERENCES.md lists where this can differ (an argument whose static type is wider
 * than its value).
 */
import type { ConstructorDecl, MethodDecl } from '../ast.ts';
import type { NativeClass, NativeMethod } from '../natives.ts';
import type { ApexType, ApexValue } from '../values.ts';
import type { ClassInfo } from './class-info.ts';
import { isAssignable, isInstanceOf, typeOfValue } from './coercion.ts';
import type { Interpreter } from './interpreter.ts';
import { parseTypeName } from './type-names.ts';

const NO_MATCH = -1;

function sameType(a: ApexType, b: ApexType): boolean {
  return JSON.stringify(a).toLowerCase() === JSON.stringify(b).toLowerCase();
}

/** How well one argument fits one parameter type. */
export function argumentScore(interp: Interpreter, value: ApexValue, param: ApexType): number {
  if (param.kind === 'primitive' && param.name === 'Object') return 1;
  if (value === null) return 1;
  const actual = typeOfValue(value);
  if (sameType(actual, param)) return 4;
  if (param.kind === 'primitive' && param.name === 'Id' && typeof value === 'string') {
    return isInstanceOf(value, param, interp.registry) ? 3 : NO_MATCH;
  }
  if (isInstanceOf(value, param, interp.registry)) return 3;
  if (isAssignable(actual, param, interp.registry)) return 2;
  // List<SObject> rows passed where List<Case> is declared.
  if (
    actual.kind === 'list' &&
    param.kind === 'list' &&
    actual.elem.kind === 'sobject' &&
    param.elem.kind === 'sobject'
  ) {
    return 2;
  }
  return NO_MATCH;
}

function totalScore(interp: Interpreter, args: ApexValue[], params: ApexType[]): number {
  let total = 0;
  for (let index = 0; index < args.length; index++) {
    const param = params[index];
    if (!param) return NO_MATCH;
    const score = argumentScore(interp, args[index] ?? null, param);
    if (score === NO_MATCH) return NO_MATCH;
    total += score;
  }
  return total;
}

export function selectUserOverload<T extends MethodDecl | ConstructorDecl>(
  interp: Interpreter,
  cls: ClassInfo,
  candidates: T[],
  args: ApexValue[],
): T | undefined {
  let best: T | undefined;
  let bestScore = NO_MATCH;
  for (const candidate of candidates) {
    if (candidate.params.length !== args.length) continue;
    const params = candidate.params.map((param) => interp.resolveType(param.type, cls));
    const score = totalScore(interp, args, params);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export function selectNative(
  interp: Interpreter,
  native: NativeClass,
  name: string,
  args: ApexValue[],
  isStatic: boolean,
): NativeMethod | undefined {
  const lower = name.toLowerCase();
  let best: NativeMethod | undefined;
  let bestScore = NO_MATCH;
  for (const method of native.methods) {
    if (method.isStatic !== isStatic || method.name.toLowerCase() !== lower) continue;
    if (method.params.length !== args.length) continue;
    const params = method.params.map((param) => parseTypeName(interp, param));
    const score = totalScore(interp, args, params);
    if (score > bestScore) {
      best = method;
      bestScore = score;
    }
  }
  return best;
}
