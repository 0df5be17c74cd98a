/**
 * Literal tokens -> LiteralExpr. Typing follows ast.ts: `42` Integer, `42L` Long, `4.2` Decimal
 * (Apex gives a literal with a decimal point the Decimal type), `4.2d` Double, strings decoded.
 */
import type { LiteralContext } from '@apexdevtools/apex-parser';
import type { LiteralExpr, UnsupportedExpr } from '../ast.ts';
import { lineOf, optional, Untranslatable } from './support.ts';

/**
 * Apex string escapes: \b \t \n \f \r \" \' \\ and \uXXXX; the lexer rejects any other escape
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_primitives.htm).
 */
const SIMPLE_ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  '"': '"',
  "'": "'",
  '\\': '\\',
};

/**
 * The value of a single-quoted string token, e.g. `'it\'s'` -> `it's`. Throws Untranslatable
 * for an escape the guide gives no meaning to.
 */
export function decodeStringLiteral(token: string): string {
  const body = token.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[i + 1] ?? '';
    // The lexer is case-insensitive, so it also accepts `\N` or `\U0041`; the guide documents
    // only the lower-case forms, so the others are not given a meaning here.
    if (next === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      const decoded = SIMPLE_ESCAPES[next];
      if (decoded === undefined) throw new Untranslatable(`string escape \\${next}`);
      out += decoded;
      i += 1;
    }
  }
  return out;
}

/** A numeric token as written -> its literal type and text without a type suffix. */
export function numericLiteral(token: string): {
  type: 'Integer' | 'Long' | 'Decimal' | 'Double';
  text: string;
} {
  const suffix = token.slice(-1).toLowerCase();
  if (suffix === 'l') return { type: 'Long', text: token.slice(0, -1) };
  if (suffix === 'd') return { type: 'Double', text: token.slice(0, -1) };
  return { type: token.includes('.') ? 'Decimal' : 'Integer', text: token };
}

export function lowerLiteral(ctx: LiteralContext): LiteralExpr | UnsupportedExpr {
  const line = lineOf(ctx);
  const text = ctx.getText();
  if (optional(ctx.StringLiteral())) {
    return { kind: 'literal', line, type: 'String', text: decodeStringLiteral(text) };
  }
  if (optional(ctx.MultilineStringLiteral())) {
    // Summer '26 `'''` strings: their indentation and line-ending rules are not documented
    // in the Apex Developer Guide yet, so they are not translated.
    return { kind: 'unsupported', line, what: 'multi-line string literal' };
  }
  if (optional(ctx.BooleanLiteral())) {
    return { kind: 'literal', line, type: 'Boolean', text: text.toLowerCase() };
  }
  if (optional(ctx.NULL())) return { kind: 'literal', line, type: 'Null', text: 'null' };
  return { kind: 'literal', line, ...numericLiteral(text) };
}
