/**
 * Inputs that make backtracking regexes (or quadratic scanning loops) blow up. Each is built at
 * any size, so the same shape is timed at 1 MB for our engine and at a few KB for the peers.
 */
export interface AdversarialInput {
  readonly name: string;
  readonly description: string;
  readonly make: (size: number) => string;
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: 'digit-run', description: "'7' repeated", make: (n) => repeatTo('7', n) },
  { name: 'digits-dashes', description: "'1-' repeated", make: (n) => repeatTo('1-', n) },
  { name: 'digits-spaces', description: "'1 ' repeated", make: (n) => repeatTo('1 ', n) },
  { name: 'digits-dots', description: "'1.' repeated", make: (n) => repeatTo('1.', n) },
  { name: 'at-dot', description: "'@.' repeated", make: (n) => repeatTo('@.', n) },
  {
    name: 'nested-brackets',
    description: "'(' x n/2 then ')' x n/2",
    make: (n) => '('.repeat(Math.floor(n / 2)) + ')'.repeat(n - Math.floor(n / 2)),
  },
  { name: 'a.a.', description: "'a.a.' repeated", make: (n) => repeatTo('a.a.', n) },
  { name: 'long-word', description: "one word: 'x' repeated", make: (n) => repeatTo('x', n) },
  {
    name: 'capitalized-words',
    description: "'Ab ' repeated (name-like words)",
    make: (n) => repeatTo('Ab ', n),
  },
];

export function adversarialInput(name: string): AdversarialInput {
  const input = ADVERSARIAL_INPUTS.find((candidate) => candidate.name === name);
  if (input === undefined) throw new Error(`unknown adversarial input ${name}`);
  return input;
}
