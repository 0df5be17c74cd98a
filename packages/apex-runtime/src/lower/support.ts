/**
 * Small helpers every lowering module shares: source lines of parse-tree nodes, the text of the
 * operator tokens between operands, and the one error the lowering raises on purpose (a compile
 * error the parser cannot see, reported like a syntax error).
 */
import type { ApexParserRuleContext, ApexToken } from '@apexdevtools/apex-parser';

/** A parse-tree child: a rule context, or a terminal (token) node, which has a `symbol`. */
type TreeChild = ApexParserRuleContext | { symbol: ApexToken; getText(): string };

/** 1-based line where a rule or token starts (ANTLR lines are already 1-based). */
export function lineOf(node: ApexParserRuleContext | { symbol: ApexToken }): number {
  return 'symbol' in node ? node.symbol.line : node.start.line;
}

/**
 * ANTLR accessors for optional children are typed non-null but return null when the child is
 * absent; this makes that visible to the type checker.
 */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

/** The texts of the terminal tokens directly under `ctx`, e.g. ['>', '='] for `a >= b`. */
export function tokenTexts(ctx: ApexParserRuleContext): string[] {
  const texts: string[] = [];
  for (const child of (ctx.children ?? []) as TreeChild[]) {
    if ('symbol' in child) texts.push(child.symbol.text);
  }
  return texts;
}

/** 1-based column where a rule starts (ANTLR columns are 0-based). */
export function columnOf(ctx: ApexParserRuleContext): number {
  return ctx.start.column + 1;
}

/**
 * A construct the lowering does not translate. Thrown from deep inside a construct (a SOQL
 * clause, a string escape) and caught by the nearest enclosing expression or statement, which
 * becomes an `unsupported` node: it fails only if it runs.
 */
export class Untranslatable extends Error {
  constructor(readonly what: string) {
    super(`unsupported: ${what}`);
    this.name = 'Untranslatable';
  }
}

/**
 * `translate(ctx)`, or an `unsupported` node at ctx's line when something inside it is
 * Untranslatable: the innermost enclosing expression or statement takes the failure.
 */
export function orUnsupported<C extends ApexParserRuleContext, N>(
  ctx: C,
  translate: (ctx: C) => N,
): N | { kind: 'unsupported'; line: number; what: string } {
  try {
    return translate(ctx);
  } catch (error) {
    if (error instanceof Untranslatable) {
      return { kind: 'unsupported', line: lineOf(ctx), what: error.what };
    }
    throw error;
  }
}

/**
 * A problem that rejects the whole file, reported like a syntax error: something Salesforce
 * refuses to compile although the parser accepts it (e.g. a method without a return type, which
 * the grammar reads as a constructor), or an untranslatable construct in a place that has no
 * `unsupported` node (an annotation value).
 */
export class FileRejected extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'FileRejected';
  }
}
