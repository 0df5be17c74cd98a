import { scan } from '../src/scan.ts';
import type { ScanOptions } from '../src/scan-types.ts';

/** The findings of a scan as "CATEGORY:value" strings, in order: easy to assert and to read. */
export function found(text: string, options?: ScanOptions): string[] {
  return scan(text, options).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
}

/** Values found for one category. */
export function valuesOf(text: string, category: string, options?: ScanOptions): string[] {
  return scan(text, options)
    .filter((f) => f.category === category)
    .map((f) => text.slice(f.start, f.end));
}
