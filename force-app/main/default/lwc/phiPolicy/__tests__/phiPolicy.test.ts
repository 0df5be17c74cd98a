import type { PhiPolicyView } from '@salesforce/apex-types';
import {
  FALLBACK_ACTION,
  actionFor,
  evaluateFindings,
  formatLabel,
  isValidOverrideReason,
} from 'c/phiPolicy';

// sfdx-lwc-jest resolves a label to "c.Name"; the count template gets its real text here.
jest.mock('@salesforce/label/c.SecureSend_CategoryCount', () => ({ default: '{0}: {1}' }), {
  virtual: true,
});

const POLICY: PhiPolicyView = {
  rules: [
    { category: 'SSN', action: 'block' },
    { category: 'HEALTH_PLAN_ID', action: 'Warn' },
    { category: 'email', action: 'allow' },
    { category: 'DATE', action: 'shred' },
    { category: null, action: 'block' },
  ],
  defaultAction: 'allow',
};

const finding = (category: string): { category: string } => ({ category });

describe('c/phiPolicy', () => {
  describe('actionFor', () => {
    it("uses the category's rule, ignoring case", () => {
      expect(actionFor('SSN', POLICY)).toBe('block');
      expect(actionFor('HEALTH_PLAN_ID', POLICY)).toBe('warn');
      expect(actionFor('EMAIL', POLICY)).toBe('allow');
    });

    it("uses the view's default for a category without a usable rule", () => {
      expect(actionFor('PHONE', POLICY)).toBe('allow');
      expect(actionFor('DATE', POLICY)).toBe('allow');
    });

    it('warns when neither a rule nor a valid default applies', () => {
      expect(FALLBACK_ACTION).toBe('warn');
      expect(actionFor('PHONE', { rules: null, defaultAction: 'nonsense' })).toBe('warn');
      expect(actionFor('PHONE', { rules: [], defaultAction: null })).toBe('warn');
      expect(actionFor('SSN', null)).toBe('warn');
      expect(actionFor('SSN', undefined)).toBe('warn');
      expect(actionFor('SSN', { rules: [{ category: 'SSN', action: null }] })).toBe('warn');
    });
  });

  describe('evaluateFindings', () => {
    it('counts each category and groups them by action, in order of first appearance', () => {
      const evaluation = evaluateFindings(
        ['EMAIL', 'SSN', 'PHONE', 'SSN', 'HEALTH_PLAN_ID', 'EMAIL', 'SSN'].map(finding),
        POLICY,
      );

      expect(evaluation.blocked).toEqual([
        {
          category: 'SSN',
          label: 'c.SecureSend_PhiCategory_SSN',
          count: 3,
          action: 'block',
          text: 'c.SecureSend_PhiCategory_SSN: 3',
        },
      ]);
      expect(evaluation.warned.map((summary) => [summary.category, summary.count])).toEqual([
        ['HEALTH_PLAN_ID', 1],
      ]);
      expect(evaluation.allowed.map((summary) => [summary.category, summary.count])).toEqual([
        ['EMAIL', 2],
        ['PHONE', 1],
      ]);
      expect(evaluation.categories).toEqual(['EMAIL', 'SSN', 'PHONE', 'HEALTH_PLAN_ID']);
      expect(evaluation.hasBlocked).toBe(true);
      expect(evaluation.hasWarned).toBe(true);
      expect(evaluation.total).toBe(7);
    });

    it('reports nothing for no findings', () => {
      const evaluation = evaluateFindings([], POLICY);

      expect(evaluation).toEqual({
        blocked: [],
        warned: [],
        allowed: [],
        categories: [],
        hasBlocked: false,
        hasWarned: false,
        total: 0,
      });
    });

    it('shows a category outside the taxonomy by its name', () => {
      const evaluation = evaluateFindings([finding('NEW_CATEGORY')], null);

      expect(evaluation.warned[0]?.text).toBe('NEW_CATEGORY: 1');
    });

    it('never carries anything but category names and counts', () => {
      const evaluation = evaluateFindings(
        [{ category: 'SSN', start: 4, end: 15, value: '123-45-6789' } as { category: string }],
        POLICY,
      );

      expect(JSON.stringify(evaluation)).not.toContain('123-45-6789');
    });
  });

  describe('isValidOverrideReason', () => {
    it.each<[string | null | undefined, boolean]>([
      [undefined, false],
      [null, false],
      ['', false],
      ['123456789', false],
      ['   123456789   ', false],
      ['1234567890', true],
      [' Member asked for it in writing. ', true],
      ['x'.repeat(1000), true],
      ['x'.repeat(1001), false],
    ])('%j -> %s', (reason, valid) => {
      expect(isValidOverrideReason(reason)).toBe(valid);
    });
  });

  describe('formatLabel', () => {
    it('replaces numbered placeholders and leaves unknown ones', () => {
      expect(formatLabel('{0} of {1}, {0} again, {2}', 'a', 7)).toBe('a of 7, a again, {2}');
      expect(formatLabel('no placeholders')).toBe('no placeholders');
    });
  });
});
