/** Raw HTML in an LWC template fails check:lint unless a security review is recorded above it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintTemplate } from '../../../scripts/lint-templates.ts';

describe('LWC template raw-HTML review', () => {
  it('reports lwc:dom="manual" without a review, at its line and column', () => {
    const findings = lintTemplate(
      'x.html',
      '<template>\n  <div class="body" lwc:dom="manual"></div>\n</template>',
    );
    assert.deepEqual(
      findings.map((finding) => [finding.rule, finding.line, finding.column]),
      [['lwc-raw-html', 2, 21]],
    );
  });

  it('reports lwc:inner-html without a review', () => {
    const findings = lintTemplate(
      'x.html',
      '<template>\n  <div lwc:inner-html={markup}></div>\n</template>',
    );
    assert.equal(findings.length, 1);
  });

  it('accepts raw HTML with a security-reviewed comment right above it', () => {
    const source =
      '<template>\n  <!-- security-reviewed: renders sanitised gateway markup only -->\n  <div lwc:dom="manual"></div>\n</template>';
    assert.deepEqual(lintTemplate('x.html', source), []);
  });

  it('does not accept an empty review reason', () => {
    const source =
      '<template>\n  <!-- security-reviewed: -->\n  <div lwc:dom="manual"></div>\n</template>';
    assert.equal(lintTemplate('x.html', source).length, 1);
  });
});
