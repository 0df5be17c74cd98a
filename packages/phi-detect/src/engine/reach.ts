/**
 * The farthest any rule looks from a value for context (keyword windows, the sentence around a
 * clinical term, the lines after a street, the closing line above a signature). The incremental
 * scanner relies on it: text more than REACH characters from an edit cannot change a finding.
 * Rules must stay within it (the incremental scanner's tests compare against full scans).
 */
export const CONTEXT_REACH = 256;
