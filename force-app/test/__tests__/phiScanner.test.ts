/**
 * c/phiScanner is packages/phi-detect bundled into one LWC module by
 * scripts/bundle-phi-scanner.ts (run `npm run build` first). This spec runs that generated
 * phiScanner.js as components get it: through sfdx-lwc-jest's `c/` resolver and LWC transform.
 * The engine's own behaviour is tested in packages/phi-detect.
 */
import { PHI_CATEGORIES, scan } from 'c/phiScanner';

describe('c/phiScanner (the bundled phi-detect engine)', () => {
  it('exports the PHI taxonomy', () => {
    expect(PHI_CATEGORIES).toContain('SSN');
    expect(PHI_CATEGORIES).toContain('CLINICAL');
  });

  it('scans text for PHI', () => {
    const findings = scan('SSN 219-45-6789, email jane.doe@example.org');

    expect(findings.map((finding) => finding.category)).toContain('EMAIL');
  });
});
