/**
 * The rule texts of validation problems and ContractException messages: `<JSON pointer>: <rule>`.
 * The generated validate() and the generated tests both take them from here, so they agree. A
 * rule never contains the offending value (it may be PHI), only the contract's limits.
 */

export const REQUIRED_RULE = 'is required';
export const PATTERN_RULE = 'does not match the required pattern';
export const NOT_NULL_RULE = 'must not be null';

export function minLengthRule(minimum: number): string {
  return minimum === 1 ? 'must not be empty' : `must be at least ${minimum} characters`;
}

export function maxLengthRule(maximum: number): string {
  return `must be at most ${maximum} characters`;
}

export function minimumRule(minimum: number): string {
  return `must be at least ${minimum}`;
}

export function maximumRule(maximum: number): string {
  return `must be at most ${maximum}`;
}

export function minItemsRule(minimum: number): string {
  return `must have at least ${minimum} ${minimum === 1 ? 'item' : 'items'}`;
}

export function maxItemsRule(maximum: number): string {
  return `must have at most ${maximum} ${maximum === 1 ? 'item' : 'items'}`;
}

/** `must be one of queued, delivered_tls, ...`: the generated Apex joins the same way. */
export const ENUM_RULE_PREFIX = 'must be one of ';
export const ENUM_SEPARATOR = ', ';

export function enumRule(values: string[]): string {
  return `${ENUM_RULE_PREFIX}${values.join(ENUM_SEPARATOR)}`;
}

/** JSON type rules of the parse (fromJson/fromMap). */
export const TYPE_RULES = {
  string: 'must be a string',
  integer: 'must be an integer',
  boolean: 'must be a boolean',
  object: 'must be an object',
  array: 'must be an array',
  datetime: 'must be a date-time',
} as const;

/** The rule of a body that is not JSON, and of a JSON body that is not an object. */
export const NOT_JSON_RULE = 'is not valid JSON';
export const NOT_OBJECT_RULE = 'must be a JSON object';

/** How the root pointer (the empty string) is shown in a problem. */
export const ROOT_POINTER_LABEL = '(root)';

/** A problem as the generated Apex writes it. */
export function problem(pointer: string, rule: string): string {
  return `${pointer === '' ? ROOT_POINTER_LABEL : pointer}: ${rule}`;
}
