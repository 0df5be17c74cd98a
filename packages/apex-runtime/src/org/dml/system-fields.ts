/**
 * Values the org sets itself: defaults, Id and audit fields, owner, auto-numbers, and fields
 * derived from others (compound names).
 */
import { ApexDatetime, type ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { defaultValueOf } from '../field-values.ts';
import type { ObjectDef } from '../schema/types.ts';

type Values = Map<string, ApexValue>;

/** Fills what an insert did not set: metadata defaults, audit fields, owner, auto-numbers. */
export function applyInsertFields(
  ctx: OrgContext,
  object: ObjectDef,
  values: Values,
  id: string,
  userId: string,
): void {
  for (const field of object.fields.values()) {
    const key = field.name.toLowerCase();
    if (values.has(key)) continue;
    if (field.autoNumberFormat !== undefined) values.set(key, ctx.nextAutoNumber(object, field));
    else if (field.defaultValue !== undefined || field.type === 'BOOLEAN') {
      values.set(key, defaultValueOf(field));
    }
  }
  const now = new ApexDatetime(ctx.now());
  values.set('id', id);
  values.set('createddate', now);
  values.set('createdbyid', userId);
  values.set('isdeleted', false);
  stampModified(values, userId, now);
  if (object.owned && (values.get('ownerid') ?? null) === null) values.set('ownerid', userId);
  if (object.customSettingsType === 'Hierarchy' && (values.get('setupownerid') ?? null) === null) {
    values.set('setupownerid', ctx.orgId);
  }
  if (object.name === 'User') {
    if ((values.get('communitynickname') ?? null) === null) {
      const alias = values.get('alias');
      values.set(
        'communitynickname',
        `${typeof alias === 'string' ? alias : 'user'}${id.slice(-6)}`,
      );
    }
    values.set('usertype', 'Standard');
  }
  applyDerived(object, values);
}

export function stampModified(values: Values, userId: string, now: ApexDatetime): void {
  values.set('lastmodifieddate', now);
  values.set('lastmodifiedbyid', userId);
  values.set('systemmodstamp', now);
}

/** Fields computed from others on every save. */
export function applyDerived(object: ObjectDef, values: Values): void {
  switch (object.name) {
    case 'Contact':
    case 'User':
      values.set(
        'name',
        compoundName(values.get('firstname') ?? null, values.get('lastname') ?? null),
      );
      break;
    case 'Case':
      values.set('isclosed', values.get('status') === 'Closed');
      break;
    default:
      break;
  }
}

/** en_US name order: "First Last", or the last name alone. */
function compoundName(first: ApexValue, last: ApexValue): string | null {
  const parts = [first, last].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length === 0 ? null : parts.join(' ');
}

/** 'SM-{00000000}' and 7 -> 'SM-00000007'. */
export function formatAutoNumber(format: string, n: number): string {
  return format.replace(/\{(0+)\}/, (_m, zeros: string) => String(n).padStart(zeros.length, '0'));
}
