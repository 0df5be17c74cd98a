import type { ComposeContext_CaseFile } from '@salesforce/apex-types';
import {
  MAX_ATTACHMENTS,
  fileRows,
  formatBytes,
  parseExpiryDays,
  selectedBytes,
  toKnownIdentifiers,
} from '../composeModel';

jest.mock('@salesforce/label/c.SecureSend_FileOverLimit', () => ({ default: 'limit {0}' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.SecureSend_FileMaxCount', () => ({ default: 'at most {0}' }), {
  virtual: true,
});

const file = (id: string, sizeBytes: number | null, extra: ComposeContext_CaseFile = {}) => ({
  title: `File ${id}`,
  fileExtension: 'pdf',
  withinLimit: true,
  ...extra,
  contentVersionId: id,
  sizeBytes,
});

describe('secureSendAction/composeModel', () => {
  describe('formatBytes', () => {
    it.each<[number, string]>([
      [0, '0 byte'],
      [999, '999 byte'],
      [1_000, '1 kB'],
      [612_345, '612.3 kB'],
      [1_000_000, '1 MB'],
      [1_500_000, '1.5 MB'],
    ])('%d -> %s', (bytes, expected) => {
      expect(formatBytes(bytes)).toBe(expected);
    });
  });

  describe('toKnownIdentifiers', () => {
    it('keeps taxonomy categories with a value', () => {
      expect(
        toKnownIdentifiers([
          { category: 'PERSON_NAME', value: 'Ada Patient' },
          { category: 'PHONE', value: '   ' },
          { category: 'NOT_A_CATEGORY', value: 'x' },
          { category: null, value: 'x' },
          { category: 'EMAIL', value: null },
          { category: 'EMAIL', value: 'ada@example.org' },
        ]),
      ).toEqual([
        { category: 'PERSON_NAME', value: 'Ada Patient' },
        { category: 'EMAIL', value: 'ada@example.org' },
      ]);
      expect(toKnownIdentifiers(null)).toEqual([]);
      expect(toKnownIdentifiers(undefined)).toEqual([]);
    });
  });

  describe('fileRows', () => {
    it('labels files with their size and skips files without an Id', () => {
      const rows = fileRows(
        [
          file('a', 1_000),
          file('b', null, { fileExtension: null }),
          file('c', 10, { title: null, fileExtension: null }),
          { title: 'no id', sizeBytes: 1 },
        ],
        [],
        {},
      );

      expect(rows.map((row) => row.label)).toEqual([
        'File a.pdf (1 kB)',
        'File b (0 byte)',
        ' (10 byte)',
      ]);
      expect(rows.every((row) => !row.disabled && row.note === undefined)).toBe(true);
    });

    it('disables files over the single-file limit, by flag or by size', () => {
      const rows = fileRows([file('a', 10, { withinLimit: false }), file('b', 2_000)], [], {
        maxFileBytes: 1_000,
      });

      expect(rows.map((row) => [row.disabled, row.note])).toEqual([
        [true, 'limit 1 kB'],
        [true, 'limit 1 kB'],
      ]);
    });

    it('names the file size when the flag says too large but no limit is known', () => {
      const [row] = fileRows([file('a', 5_000, { withinLimit: false })], [], {});

      expect(row?.note).toBe('limit 5 kB');
    });

    it('disables unselected files that would pass the total, never selected ones', () => {
      const rows = fileRows([file('a', 600), file('b', 500), file('c', 100)], ['a', 'b'], {
        maxTotalBytes: 1_150,
      });

      expect(rows.map((row) => [row.id, row.checked, row.disabled])).toEqual([
        ['a', true, false],
        ['b', true, false],
        ['c', false, true],
      ]);
    });

    it('stops at the maximum number of attachments', () => {
      const files = Array.from({ length: MAX_ATTACHMENTS + 1 }, (_, index) => file(`f${index}`, 1));
      const selected = files.slice(0, MAX_ATTACHMENTS).map((f) => f.contentVersionId);

      const rows = fileRows(files, selected, {});

      expect(rows.at(-1)).toMatchObject({ disabled: true, note: `at most ${MAX_ATTACHMENTS}` });
      expect(rows.filter((row) => row.disabled)).toHaveLength(1);
    });
  });

  describe('selectedBytes', () => {
    it('adds the sizes of the selected files', () => {
      expect(selectedBytes([file('a', 600), file('b', null), file('c', 100)], ['a', 'b'])).toBe(
        600,
      );
    });
  });

  describe('parseExpiryDays', () => {
    it.each<[unknown, number | undefined]>([
      [30, 30],
      ['7', 7],
      [' 90 ', 90],
      ['91', undefined],
      ['0', undefined],
      ['1.5', undefined],
      ['-3', undefined],
      ['', undefined],
      [null, undefined],
      [undefined, undefined],
    ])('%j -> %j', (value, expected) => {
      expect(parseExpiryDays(value, 90)).toBe(expected);
    });
  });
});
