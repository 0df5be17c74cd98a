/** Plain aligned text tables for stdout. */

export type Align = 'left' | 'right';

export function table(
  title: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = headers.map((_, i) => (i === 0 ? 'left' : 'right')),
): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return align[i] === 'left' ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [title, line(headers), rule, ...rows.map(line)].join('\n');
}

export const DASH = '-';

/** 0.9731 -> "97.3%"; null -> "-". */
export function pct(value: number | null, digits = 1): string {
  return value === null || Number.isNaN(value) ? DASH : `${(value * 100).toFixed(digits)}%`;
}

export function num(value: number | null, digits = 2): string {
  return value === null || Number.isNaN(value) ? DASH : value.toFixed(digits);
}

export function ms(value: number | null): string {
  if (value === null || Number.isNaN(value)) return DASH;
  if (value >= 100_000) return `${(value / 1000).toFixed(0)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(3)} ms`;
}

export function passFail(pass: boolean | null): string {
  if (pass === null) return 'N/A';
  return pass ? 'PASS' : 'FAIL';
}
