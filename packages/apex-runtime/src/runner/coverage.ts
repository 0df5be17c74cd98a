/**
 * Code coverage from the syntax tree and the interpreter's line hits.
 *
 * Executable lines of a class are the start lines of its statements (blocks excluded) and of its
 * field initialisers, inner classes included, which is what the interpreter records as it runs.
 * Salesforce counts similarly but not identically: it does not publish its rules, and e.g. a
 * statement spanning several lines or a declaration without an initialiser may count differently
 * there, so percentages can differ by a few points from an org's.
 *
 * As documented ("Testing Best Practices": "Calls to System.debug aren't counted as part of Apex
 * code coverage. Test methods and test classes aren't counted as part of Apex code coverage.",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_best_practices.htm),
 * System.debug statements and @IsTest classes are left out of the denominator.
 */
import type { Block, CompilationUnit, Member, Stmt, TypeDecl } from '../ast.ts';
import type { ClassCoverage, CoverageSummary } from './results.ts';

/** `System.debug(...);` as a statement of its own. */
function isDebugCall(stmt: Stmt): boolean {
  if (stmt.kind !== 'expr' || stmt.expr.kind !== 'call') return false;
  const { target, name } = stmt.expr;
  return (
    name.toLowerCase() === 'debug' &&
    target?.kind === 'name' &&
    target.name.toLowerCase() === 'system'
  );
}

function statementLines(stmt: Stmt | undefined, into: Set<number>): void {
  if (!stmt) return;
  if (stmt.kind !== 'block' && !isDebugCall(stmt)) into.add(stmt.line);
  switch (stmt.kind) {
    case 'block':
      for (const inner of stmt.stmts) statementLines(inner, into);
      break;
    case 'if':
      statementLines(stmt.then, into);
      statementLines(stmt.else, into);
      break;
    case 'while':
    case 'doWhile':
    case 'forEach':
      statementLines(stmt.body, into);
      break;
    case 'for':
      if (stmt.init && !Array.isArray(stmt.init)) statementLines(stmt.init, into);
      statementLines(stmt.body, into);
      break;
    case 'try':
      statementLines(stmt.body, into);
      for (const clause of stmt.catches) statementLines(clause.body, into);
      statementLines(stmt.finally, into);
      break;
    case 'switch':
      for (const when of stmt.whens) statementLines(when.body, into);
      break;
    case 'runAs':
      statementLines(stmt.body, into);
      break;
    default:
      break;
  }
}

function memberLines(member: Member, into: Set<number>): void {
  const block = (body: Block | undefined): void => statementLines(body, into);
  switch (member.kind) {
    case 'field':
      for (const declarator of member.declarators) if (declarator.init) into.add(declarator.line);
      break;
    case 'property':
      block(member.getter?.body);
      block(member.setter?.body);
      break;
    case 'method':
    case 'constructor':
    case 'initializer':
      block(member.body);
      break;
    case 'type':
      typeLines(member.decl, into);
      break;
  }
}

function typeLines(decl: TypeDecl, into: Set<number>): void {
  for (const member of decl.members) memberLines(member, into);
}

/** The executable lines of a compilation unit, ascending. */
export function executableLines(unit: CompilationUnit): number[] {
  const lines = new Set<number>();
  typeLines(unit.type, lines);
  return [...lines].sort((a, b) => a - b);
}

export function isTestUnit(unit: CompilationUnit): boolean {
  return unit.type.annotations.some((annotation) => annotation.name === 'istest');
}

/** Per-class coverage of the non-test classes with executable lines, sorted by class name. */
export function classCoverage(
  units: CompilationUnit[],
  hits: ReadonlyMap<string, ReadonlySet<number>>,
): ClassCoverage[] {
  return units
    .filter((unit) => !isTestUnit(unit))
    .map((unit) => {
      const lines = executableLines(unit);
      const hit = hits.get(unit.file);
      return {
        name: unit.type.name,
        file: unit.file,
        lines,
        coveredLines: lines.filter((line) => hit?.has(line)),
      };
    })
    .filter((coverage) => coverage.lines.length > 0)
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
}

const sumLines = (classes: ClassCoverage[]): { covered: number; total: number } => ({
  covered: classes.reduce((sum, c) => sum + c.coveredLines.length, 0),
  total: classes.reduce((sum, c) => sum + c.lines.length, 0),
});

export function summariseCoverage(classes: ClassCoverage[]): CoverageSummary {
  return {
    classes,
    orgWide: sumLines(classes),
    testRun: sumLines(classes.filter((c) => c.coveredLines.length > 0)),
  };
}
