/**
 * Remembers the regexes compileCustomPattern built, with their source and flags. The scanner
 * refuses any other regex: a hand-built CompiledCustomPattern (or one whose regex was changed
 * afterwards, e.g. with the legacy RegExp.prototype.compile) never reached the safety checks.
 * A WeakMap keyed by the RegExp survives copies of the pattern object ({ ...pattern }).
 */
interface RegexSpec {
  readonly source: string;
  readonly flags: string;
}

const validated = new WeakMap<RegExp, RegexSpec>();

export function registerValidatedRegex(regex: RegExp): void {
  validated.set(regex, { source: regex.source, flags: regex.flags });
}

/** The source and flags the regex had when it was validated, if it was. */
export function validatedSpec(regex: RegExp): RegexSpec | undefined {
  const spec = validated.get(regex);
  if (spec === undefined || spec.source !== regex.source || spec.flags !== regex.flags) {
    return undefined;
  }
  return spec;
}
