import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapPresidioLabel, PRESIDIO_SCORED_CATEGORIES } from '../src/presidio.ts';
import { compatible, f2, metrics, overlaps, scoreDocs } from '../src/scoring.ts';
import type { LabeledSpan, PhiCategory } from '../src/types.ts';

const span = (
  start: number,
  end: number,
  category: PhiCategory | null,
  label = 'x',
): LabeledSpan => ({
  start,
  end,
  category,
  label,
});

describe('overlap', () => {
  it('needs at least one shared character', () => {
    assert.equal(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 }), true);
    assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
    assert.equal(overlaps({ start: 3, end: 4 }, { start: 0, end: 10 }), true);
  });
});

describe('compatible categories', () => {
  it('matches ZIP_CODE and STREET_ADDRESS both ways, otherwise equal categories only', () => {
    assert.equal(compatible('ZIP_CODE', 'STREET_ADDRESS'), true);
    assert.equal(compatible('STREET_ADDRESS', 'ZIP_CODE'), true);
    assert.equal(compatible('PHONE', 'PHONE'), true);
    assert.equal(compatible('PHONE', 'SSN'), false);
    assert.equal(compatible('ZIP_CODE', 'DATE'), false);
  });

  it('finds a ZIP gold span with an address prediction that covers it', () => {
    const score = scoreDocs(
      [{ gold: [span(20, 25, 'ZIP_CODE')], pred: [span(0, 25, 'STREET_ADDRESS')] }],
      ['ZIP_CODE', 'STREET_ADDRESS'],
    );
    assert.equal(score.byCategory.get('ZIP_CODE')?.found, 1);
    assert.equal(score.byCategory.get('STREET_ADDRESS')?.predTp, 1);
    assert.equal(score.byCategory.get('STREET_ADDRESS')?.gold, 0);
  });
});

describe('scoreDocs', () => {
  it('counts a found gold span and a true positive on partial overlap', () => {
    const score = scoreDocs(
      [{ gold: [span(10, 21, 'SSN')], pred: [span(12, 30, 'SSN')] }],
      ['SSN'],
    );
    assert.deepEqual(score.byCategory.get('SSN'), {
      gold: 1,
      found: 1,
      predTp: 1,
      predFp: 0,
      predIgnored: 0,
    });
  });

  it('does not find a gold span with a prediction of another category', () => {
    const score = scoreDocs(
      [{ gold: [span(0, 10, 'PHONE')], pred: [span(0, 10, 'SSN')] }],
      ['PHONE', 'SSN'],
    );
    assert.equal(score.byCategory.get('PHONE')?.found, 0);
    assert.equal(score.byCategory.get('SSN')?.predFp, 1);
    // ...but the category-agnostic score counts it.
    assert.equal(score.agnostic.found, 1);
    assert.equal(score.agnostic.predTp, 1);
  });

  it('ignores a prediction that overlaps only unmapped gold', () => {
    const score = scoreDocs(
      [{ gold: [span(0, 8, null, 'ORGANIZATION')], pred: [span(0, 8, 'PERSON_NAME')] }],
      ['PERSON_NAME'],
    );
    const counts = score.byCategory.get('PERSON_NAME');
    assert.equal(counts?.predIgnored, 1);
    assert.equal(counts?.predFp, 0);
    assert.equal(counts?.gold, 0);
    assert.equal(score.agnostic.predIgnored, 1);
    assert.equal(score.agnostic.gold, 0);
  });

  it('counts as FP a prediction overlapping unmapped gold and incompatible mapped gold', () => {
    const score = scoreDocs(
      [
        {
          gold: [span(0, 8, null, 'GPE'), span(6, 12, 'DATE')],
          pred: [span(0, 12, 'PERSON_NAME')],
        },
      ],
      ['PERSON_NAME', 'DATE'],
    );
    assert.equal(score.byCategory.get('PERSON_NAME')?.predFp, 1);
    assert.equal(score.agnostic.predTp, 1);
  });

  it('counts a prediction that overlaps nothing as FP', () => {
    const score = scoreDocs([{ gold: [], pred: [span(0, 3, 'EMAIL')] }], ['EMAIL']);
    assert.equal(score.byCategory.get('EMAIL')?.predFp, 1);
    assert.equal(score.agnostic.predFp, 1);
  });

  it('keeps unmapped predictions out of category-aware counts', () => {
    const score = scoreDocs(
      [{ gold: [span(0, 4, 'DATE')], pred: [span(0, 4, null, 'DIGITS')] }],
      ['DATE'],
    );
    assert.equal(score.unmappedPredictions, 1);
    assert.equal(score.byCategory.get('DATE')?.found, 0);
    assert.equal(score.agnostic.found, 1);
  });

  it('sums the micro average over the scored categories only', () => {
    const score = scoreDocs(
      [
        {
          gold: [span(0, 5, 'EMAIL'), span(10, 15, 'SSN')],
          pred: [span(0, 5, 'EMAIL'), span(20, 25, 'CLINICAL')],
        },
      ],
      ['EMAIL', 'SSN'],
    );
    assert.deepEqual(score.micro, { gold: 2, found: 1, predTp: 1, predFp: 0, predIgnored: 0 });
    assert.equal(score.byCategory.get('CLINICAL')?.predFp, 1);
    assert.equal(score.agnostic.predFp, 1);
  });
});

describe('F2', () => {
  it('weighs recall four times as much as precision', () => {
    assert.equal(f2(1, 1), 1);
    assert.equal(f2(0, 0), 0);
    assert.ok(Math.abs(f2(0.5, 1) - 5 / 6) < 1e-12); // 5*0.5*1 / (4*0.5 + 1)
    assert.ok(Math.abs(f2(1, 0.5) - 5 / 9) < 1e-12); // 2.5 / 4.5
  });

  it('derives recall, precision and F2 from counts', () => {
    const m = metrics({ gold: 4, found: 3, predTp: 3, predFp: 1, predIgnored: 5 });
    assert.equal(m.recall, 0.75);
    assert.equal(m.precision, 0.75);
    assert.ok(Math.abs((m.f2 ?? 0) - 0.75) < 1e-12);
  });

  it('has no recall without gold and no precision without predictions', () => {
    assert.deepEqual(metrics({ gold: 0, found: 0, predTp: 0, predFp: 0, predIgnored: 2 }), {
      recall: null,
      precision: null,
      f2: null,
    });
    assert.deepEqual(metrics({ gold: 3, found: 0, predTp: 0, predFp: 0, predIgnored: 0 }), {
      recall: 0,
      precision: null,
      f2: 0,
    });
  });
});

describe('presidio label mapping', () => {
  it('maps AGE only from 90 up', () => {
    assert.equal(mapPresidioLabel('AGE', '90'), 'AGE_OVER_89');
    assert.equal(mapPresidioLabel('AGE', '104'), 'AGE_OVER_89');
    assert.equal(mapPresidioLabel('AGE', '89'), null);
    assert.equal(mapPresidioLabel('AGE', '45'), null);
    assert.equal(mapPresidioLabel('AGE', 'ninety'), null);
  });

  it('maps DATE_TIME only when it holds a day or month (Safe Harbor keeps the year)', () => {
    assert.equal(mapPresidioLabel('DATE_TIME', '2/8/1935'), 'DATE');
    assert.equal(mapPresidioLabel('DATE_TIME', '2000-04-16 11:34:35'), 'DATE');
    assert.equal(mapPresidioLabel('DATE_TIME', 'September 18'), 'DATE');
    assert.equal(mapPresidioLabel('DATE_TIME', '1977'), null);
    assert.equal(mapPresidioLabel('DATE_TIME', 'Tuesday'), null);
  });

  it('maps identifiers and leaves non-PHI labels unmapped', () => {
    assert.equal(mapPresidioLabel('PERSON', 'Ann Lee'), 'PERSON_NAME');
    assert.equal(mapPresidioLabel('DOMAIN_NAME', 'https://a.io/'), 'URL');
    assert.equal(mapPresidioLabel('IBAN_CODE', 'GB56HXDO88167774656119'), 'ACCOUNT_NUMBER');
    assert.equal(mapPresidioLabel('US_DRIVER_LICENSE', '6940579'), 'LICENSE_NUMBER');
    for (const label of ['GPE', 'ORGANIZATION', 'TITLE', 'NRP', 'SOMETHING_NEW']) {
      assert.equal(mapPresidioLabel(label, 'x'), null);
    }
  });

  it('scores the micro average over every mapping target', () => {
    assert.equal(PRESIDIO_SCORED_CATEGORIES.length, 13);
    assert.ok(PRESIDIO_SCORED_CATEGORIES.includes('AGE_OVER_89'));
  });
});
