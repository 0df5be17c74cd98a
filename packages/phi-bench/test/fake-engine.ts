/**
 * A stand-in engine with the real contract (scan(text) -> findings), for tests and for running
 * the benchmark before the engine exists: `npm run bench -- --engine test/fake-engine.ts`.
 */
const RULES: readonly { category: string; rule: string; re: RegExp }[] = [
  { category: 'EMAIL', rule: 'fake.email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { category: 'SSN', rule: 'fake.ssn', re: /\b\d{3}-\d{2}-\d{4}\b/g },
  { category: 'PHONE', rule: 'fake.phone', re: /\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/g },
  { category: 'ZIP_CODE', rule: 'fake.zip', re: /\b\d{5}\b/g },
];

export function scan(text: string) {
  return RULES.flatMap(({ category, rule, re }) =>
    [...text.matchAll(re)].map((match) => ({
      category,
      rule,
      start: match.index,
      end: match.index + match[0].length,
      confidence: 0.9,
      explanation: 'fake',
    })),
  );
}
