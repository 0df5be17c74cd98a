/** A peer's redacted output could not be aligned with its input (see align.ts). */
export class AlignmentError extends Error {
  constructor(peer: string) {
    super(`${peer}: redacted output does not align with the input`);
    this.name = 'AlignmentError';
  }
}
