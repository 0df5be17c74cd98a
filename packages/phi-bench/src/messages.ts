import { seededRandom, shuffled } from './rng.ts';

export const MESSAGE_SIZE = 10 * 1024;

/**
 * Builds `count` messages of about `size` characters each (whole pieces, so a little over) by
 * concatenating pieces (presidio records and CSR corpus messages) in a seeded shuffled order,
 * separated by blank lines like the paragraphs of a long customer-service thread.
 */
export function buildMessages(
  pieces: readonly string[],
  count: number,
  size = MESSAGE_SIZE,
  seed = 20240917,
): string[] {
  const usable = pieces.filter((piece) => piece.trim().length > 0);
  if (usable.length === 0) throw new Error('no text to build messages from');
  const random = seededRandom(seed);
  let order = shuffled(usable, random);
  let next = 0;
  const messages: string[] = [];
  while (messages.length < count) {
    const parts: string[] = [];
    let length = 0;
    while (length < size) {
      if (next === order.length) {
        order = shuffled(usable, random);
        next = 0;
      }
      const piece = order[next] as string;
      next += 1;
      parts.push(piece);
      length += piece.length + 2;
    }
    messages.push(parts.join('\n\n'));
  }
  return messages;
}
