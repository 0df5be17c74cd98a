/**
 * Salesforce API names as the gate compares them: case-insensitive, and with the project's own
 * namespace prefix optional (`ssend__Secure_Message__c` is `Secure_Message__c` inside the package).
 */

/** `ssend__Foo__c.ssend__Bar__c` -> `foo__c.bar__c` for namespace `ssend`. */
export function nameKey(name: string, namespace: string): string {
  const prefix = namespace ? `${namespace.toLowerCase()}__` : '';
  return name
    .trim()
    .toLowerCase()
    .split('.')
    .map((part) =>
      prefix && part.startsWith(prefix) && part.length > prefix.length
        ? part.slice(prefix.length)
        : part,
    )
    .join('.');
}

/** A case-insensitive, namespace-tolerant map from API name to what declares it. */
export class NameMap<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly namespace: string) {}

  set(name: string, value: T): void {
    this.entries.set(nameKey(name, this.namespace), value);
  }

  get(name: string): T | undefined {
    return this.entries.get(nameKey(name, this.namespace));
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  values(): T[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Layout and quick action file names escape some characters (`%28` for `(`). */
export function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
