/**
 * Formatting shared by the SecureSend setup page components.
 */

/**
 * Replaces the `{0}`, `{1}`, ... placeholders of a Custom Label with the given values, the way
 * Apex `String.format` does. A placeholder without a value stays as written.
 *
 * @param label the label text, e.g. `Holders: {0}`
 * @param values the values, in placeholder order
 * @returns the label with its placeholders replaced
 */
export function formatLabel(label: string, ...values: readonly (string | number)[]): string {
  return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}
