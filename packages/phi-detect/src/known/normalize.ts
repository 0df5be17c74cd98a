/** Lowercase without diacritics: "José" and "JOSE" compare equal. */
export function foldCase(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Letters and digits only, uppercase: "xwh-123 456" and "XWH123456" compare equal. */
export function alnumKey(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}
