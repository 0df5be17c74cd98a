import { formatLabel } from 'c/secureSendSetupFormat';

describe('c/secureSendSetupFormat formatLabel', () => {
  it('fills each placeholder with its value, as often as it appears', () => {
    expect(formatLabel('{0} of {1} ({0})', 3, 'five')).toBe('3 of five (3)');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(formatLabel('Holders: {0}, {1}', 2)).toBe('Holders: 2, {1}');
  });

  it('returns a label without placeholders unchanged', () => {
    expect(formatLabel('Done', 1)).toBe('Done');
  });
});
