/**
 * System.UserInfo: the context user (System.runAs changes it) and organization
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_userinfo.htm).
 * Values come from the user's record through the SystemServices hook.
 * Not implemented (absent): getTimeZone (no System.TimeZone class in this runtime),
 * getDefaultCurrency, getUiTheme*, getUserRoleId, getUserType, getSessionId, isCurrentUserLicensed*,
 * isMultiCurrencyOrganization.
 */
import {
  staticMethod,
  type NativeClass,
  type NativeContext,
  type NativeMethod,
} from '../../natives.ts';
import { UnsupportedError, type ApexValue } from '../../values.ts';

function userField(ctx: NativeContext, field: string): ApexValue {
  const userId = ctx.runtime.currentUserId();
  const user = ctx.runtime.system.currentUser(userId);
  if (!user) throw new UnsupportedError(`UserInfo for a user the org does not know (${userId})`);
  const value = user.get(field);
  if (value === undefined) throw new UnsupportedError(`UserInfo: the user record has no ${field}`);
  return value;
}

/** UserInfo method -> User field it reads. */
const USER_FIELDS: [string, string][] = [
  ['getName', 'Name'],
  ['getFirstName', 'FirstName'],
  ['getLastName', 'LastName'],
  ['getUserEmail', 'Email'],
  ['getUserName', 'Username'],
  ['getProfileId', 'ProfileId'],
  ['getLocale', 'LocaleSidKey'],
  ['getLanguage', 'LanguageLocaleKey'],
];

const fieldMethods: NativeMethod[] = USER_FIELDS.map(([name, field]) =>
  staticMethod(name, [], 'String', (ctx) => userField(ctx, field)),
);

export const userInfoClass: NativeClass = {
  name: 'System.UserInfo',
  methods: [
    staticMethod('getUserId', [], 'String', (ctx) => ctx.runtime.currentUserId()),
    ...fieldMethods,
    staticMethod('getOrganizationId', [], 'String', (ctx) => ctx.runtime.system.organizationId()),
    staticMethod('getOrganizationName', [], 'String', (ctx) =>
      ctx.runtime.system.organizationName(),
    ),
  ],
};
