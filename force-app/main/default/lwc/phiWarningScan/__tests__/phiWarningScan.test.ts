import type { CasePhiContext } from '@salesforce/apex-types';
import { findPhi, policyActionOf, redactSource } from 'c/phiWarningScan';
import { categoryLabel, formatLabel } from 'c/phiWarningCategoryLabels';

// The real c/phiScanner engine (never mocked).
const CASE_ID = '500000000000001AAA';

function caseContext(overrides: Partial<CasePhiContext> = {}): CasePhiContext {
  return {
    caseId: CASE_ID,
    subject: null,
    description: null,
    comments: null,
    knownIdentifiers: null,
    policy: null,
    canRedact: true,
    ...overrides,
  };
}

describe('c/phiWarningScan', () => {
  describe('policyActionOf', () => {
    it.each([
      ['a rule', { rules: [{ category: 'SSN', action: 'Block' }], defaultAction: 'warn' }, 'block'],
      ['the default action', { rules: [], defaultAction: 'allow' }, 'allow'],
      ['warn for an unknown action', { rules: [{ category: 'SSN', action: 'x' }] }, 'warn'],
      ['warn without a policy', null, 'warn'],
    ])('uses %s', (_case, policy, expected) => {
      expect(policyActionOf(policy, 'SSN')).toBe(expected);
    });
  });

  it('counts every finding per category and place', () => {
    const sources = findPhi(
      caseContext({
        description: 'SSN 219-45-6789, spouse SSN 078-05-1121, email ada@example.org',
        policy: { rules: [{ category: 'SSN', action: 'block' }], defaultAction: 'warn' },
      }),
    );

    expect(sources).toEqual([
      {
        key: 'Description',
        kind: 'Description',
        recordId: CASE_ID,
        categories: [
          { category: 'SSN', action: 'block', count: 2 },
          { category: 'EMAIL', action: 'warn', count: 1 },
        ],
      },
    ]);
  });

  it('ignores empty or unknown known identifiers', () => {
    const context = caseContext({
      subject: 'Ada Lovelace called',
      knownIdentifiers: [
        { category: 'NOT_A_CATEGORY', value: 'Ada Lovelace' },
        { category: 'PERSON_NAME', value: '' },
      ],
      policy: { rules: [], defaultAction: 'warn' },
    });

    expect(findPhi(context).flatMap((source) => source.categories)).not.toContainEqual(
      expect.objectContaining({ category: 'NOT_A_CATEGORY' }),
    );
  });

  it('scans comments, skipping those without an Id', () => {
    const sources = findPhi(
      caseContext({
        caseId: null,
        subject: 'SSN 219-45-6789',
        comments: [
          { id: '00a000000000001AAA', body: 'email ada@example.org', createdDate: null },
          { id: '00a000000000002AAA', body: null },
          { id: null, body: 'SSN 219-45-6789' },
        ],
      }),
    );

    expect(
      sources.map(({ key, recordId, createdDate }) => ({ key, recordId, createdDate })),
    ).toEqual([
      { key: 'Subject', recordId: '', createdDate: undefined },
      { key: '00a000000000001AAA', recordId: '00a000000000001AAA', createdDate: undefined },
    ]);
  });

  it('redacts nothing for an unknown place or a clean text', () => {
    const context = caseContext({ subject: 'Printer jam' });

    expect(redactSource(context, 'Subject')).toBeUndefined();
    expect(redactSource(context, '00a000000000009AAA')).toBeUndefined();
  });

  it('keeps what the policy allows when redacting', () => {
    const context = caseContext({
      description: 'SSN 219-45-6789 for the diabetes claim',
      policy: { rules: [{ category: 'CLINICAL', action: 'allow' }], defaultAction: 'warn' },
    });

    expect(redactSource(context, 'Description')).toBe('SSN ••••••••••• for the diabetes claim');
  });
});

describe('c/phiWarningCategoryLabels', () => {
  it('labels taxonomy categories and shows others as they are', () => {
    expect(categoryLabel('SSN')).toBe('c.SecureSend_PhiCategory_SSN');
    expect(categoryLabel('FUTURE_CATEGORY')).toBe('FUTURE_CATEGORY');
  });

  it('fills placeholders by position and leaves missing ones', () => {
    expect(formatLabel('{0} ({1}) {2}', 'SSN', 2)).toBe('SSN (2) {2}');
  });
});
