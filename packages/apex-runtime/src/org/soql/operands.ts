/** The right-hand side of a SOQL comparison, evaluated once per query. */
import { Decimal } from 'decimal.js';
import type { Expr, SoqlValue } from '../../ast.ts';
import { ApexDate, ApexDatetime, ApexDecimal, type ApexValue } from '../../values.ts';
import { queryException } from '../errors.ts';
import { collectionItems } from './binds.ts';
import { dateLiteralRange, type DateRange } from './date-literals.ts';

export type Operand =
  | { kind: 'value'; value: ApexValue }
  | { kind: 'values'; values: ApexValue[] }
  | { kind: 'range'; range: DateRange };

export type BindEvaluator = (expr: Expr) => ApexValue;

export function evaluateOperand(value: SoqlValue, bind: BindEvaluator, nowMillis: number): Operand {
  switch (value.kind) {
    case 'bind': {
      const bound = bind(value.expr);
      const items = collectionItems(bound);
      return items === null ? { kind: 'value', value: bound } : { kind: 'values', values: items };
    }
    case 'literal':
      return { kind: 'value', value: literalValue(value.type, value.text) };
    case 'dateLiteral':
      return { kind: 'range', range: dateLiteralRange(value.name, value.n, nowMillis) };
    case 'list':
      return {
        kind: 'values',
        values: value.values.map((v) => {
          const inner = evaluateOperand(v, bind, nowMillis);
          if (inner.kind !== 'value') throw queryException('unexpected token in IN list');
          return inner.value;
        }),
      };
  }
}

function literalValue(type: string, text: string): ApexValue {
  switch (type) {
    case 'String':
      return text;
    case 'Number':
      return new ApexDecimal(
        new Decimal(text),
        text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0,
      );
    case 'Boolean':
      return text.toLowerCase() === 'true';
    case 'Null':
      return null;
    case 'Date': {
      const [y = 0, m = 0, d = 0] = text.split('-').map(Number);
      return new ApexDate(y, m, d);
    }
    case 'Datetime': {
      const millis = Date.parse(text);
      if (Number.isNaN(millis))
        throw queryException(`line 1:1 no viable alternative at character '${text}'`);
      return new ApexDatetime(millis);
    }
    default:
      throw queryException(`unexpected literal type ${type}`);
  }
}
