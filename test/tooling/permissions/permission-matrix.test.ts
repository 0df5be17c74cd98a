/**
 * The permission matrix (scripts/permission-matrix.ts, config/permission-matrix.json): every
 * persona permission set grants exactly what the approved matrix lists, the README shows what the
 * script prints, and a permission set that gains (or loses) access fails with a precise message.
 *
 *   npx tsx --tsconfig scripts/tsconfig.json --test test/tooling/permissions/*.test.ts
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ToolingError, formatDiagnostic } from '../../../scripts/lib/diagnostics.ts';
import { repoRoot } from '../../../scripts/lib/project.ts';
import { loadApprovedMatrix } from '../../../scripts/permissions/approved.ts';
import {
  checkPermissionMatrix,
  readmeMatrix,
  renderPermissionMatrix,
} from '../../../scripts/permissions/matrix.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const PERMISSION_SETS = 'force-app/main/default/permissionsets';
const PERSONAS = [
  'SecureSend_Sender',
  'SecureSend_Supervisor',
  'SecureSend_Auditor',
  'SecureSend_Admin',
];

interface Finding {
  file: string;
  line?: number;
  message: string;
}

function findings(root: string): Finding[] {
  return checkPermissionMatrix(root)
    .map((diagnostic) => ({
      file: relative(root, diagnostic.file).split(sep).join('/'),
      line: diagnostic.line,
      message: diagnostic.message,
    }))
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** A copy of the repository's persona permission sets and approved matrix, to seed faults in. */
function copyOfRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'permission-matrix-'));
  writeFileSync(
    join(root, 'sfdx-project.json'),
    JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }] }),
  );
  cpSync(
    join(repoRoot, 'config', 'permission-matrix.json'),
    join(root, 'config', 'permission-matrix.json'),
  );
  cpSync(join(repoRoot, PERMISSION_SETS), join(root, PERMISSION_SETS), { recursive: true });
  return root;
}

/** Inserts `xml` before `</PermissionSet>` of a persona in a copy made by copyOfRepository. */
function grantMore(root: string, persona: string, xml: string): void {
  const file = join(root, PERMISSION_SETS, `${persona}.permissionset-meta.xml`);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('</PermissionSet>', `${xml}</PermissionSet>`),
  );
}

describe('permission matrix', () => {
  test('every persona permission set grants exactly what config/permission-matrix.json approves', () => {
    assert.deepEqual(
      checkPermissionMatrix(repoRoot).map((diagnostic) => formatDiagnostic(diagnostic)),
      [],
    );
  });

  test('the approved matrix covers the four personas, in table order', () => {
    assert.deepEqual(
      loadApprovedMatrix(repoRoot).personas.map((persona) => persona.name),
      PERSONAS,
    );
  });

  test('README.md shows the matrix the script prints (npm run permissions:matrix -- --write)', async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const region = readmeMatrix(readme);
    assert.ok(region !== undefined, 'README.md lacks the permission-matrix markers');
    assert.equal(region, (await renderPermissionMatrix(repoRoot)).trim());
  });

  test('the matrix has a column per persona and a row per grant', async () => {
    const matrix = await renderPermissionMatrix(repoRoot);
    const header = matrix.split('\n').find((line) => line.startsWith('| Access'));
    assert.deepEqual(
      header
        ?.split('|')
        .map((cell) => cell.trim())
        .filter(Boolean),
      ['Access', 'Name', ...PERSONAS],
    );
    const row = (name: string): string[] | undefined =>
      matrix
        .split('\n')
        .find((line) => line.includes(`\`${name}\``) && line.startsWith('| Apex class'))
        ?.split('|')
        .map((cell) => cell.trim())
        .slice(3, -1);
    assert.deepEqual(row('SecureSendSetupController'), ['—', '—', '—', '✓']);
    assert.deepEqual(row('CasePhiController'), ['✓', '✓', '—', '—']);
  });

  test('a permission set granting more (or less) than approved fails with precise messages', () => {
    const config = 'test/tooling/permissions/fixtures/extra-grant/config/permission-matrix.json';
    const sender = `${PERMISSION_SETS}/SecureSend_Sender.permissionset-meta.xml`;
    const notApproved = (what: string): string =>
      `permission set SecureSend_Sender grants ${what}, which ${config} does not approve for SecureSend_Sender`;
    assert.deepEqual(findings(join(fixtures, 'extra-grant')), [
      {
        file: 'config/permission-matrix.json',
        line: 12,
        message: `${config} approves persona SecureSend_Admin, but no permission set SecureSend_Admin exists`,
      },
      {
        file: sender,
        line: 1,
        message: `permission set SecureSend_Sender lacks custom permission SecureSend_Send, which ${config} approves for SecureSend_Sender (grant it, or remove it from the approved matrix)`,
      },
      { file: sender, line: 8, message: notApproved('class access to SecureSendSetupController') },
      {
        file: sender,
        line: 19,
        message: notApproved('read on field Secure_Message__c.Override_Reason__c'),
      },
      {
        file: sender,
        line: 22,
        message: notApproved('edit on field Secure_Message__c.Sent_At__c'),
      },
      { file: sender, line: 29, message: notApproved('create on object Secure_Message__c') },
      {
        file: `${PERMISSION_SETS}/Stray.permissionset-meta.xml`,
        line: 1,
        message: `permission set Stray is not a persona of ${config}: approve what it grants there first`,
      },
    ]);
  });

  test('a persona of the repository gaining access fails: each kind of grant', () => {
    const root = copyOfRepository();
    try {
      grantMore(
        root,
        'SecureSend_Auditor',
        [
          '<classAccesses><apexClass>SecureSendSetupController</apexClass><enabled>true</enabled></classAccesses>',
          '<customPermissions><enabled>true</enabled><name>SecureSend_Send</name></customPermissions>',
          '<tabSettings><tab>SecureSend_Setup</tab><visibility>Visible</visibility></tabSettings>',
          '<customMetadataTypeAccesses><enabled>true</enabled><name>SecureSend_Phi_Policy__mdt</name></customMetadataTypeAccesses>',
          '<userPermissions><enabled>true</enabled><name>ViewSetup</name></userPermissions>',
          '',
        ].join('\n'),
      );
      grantMore(
        root,
        'SecureSend_Admin',
        '<objectPermissions><allowCreate>false</allowCreate><allowDelete>true</allowDelete><allowEdit>true</allowEdit><allowRead>true</allowRead><modifyAllRecords>false</modifyAllRecords><object>Secure_Message_Event__c</object><viewAllRecords>true</viewAllRecords></objectPermissions>\n',
      );
      const messages = findings(root).map((finding) => finding.message);
      const approval = `which ${join(root, 'config', 'permission-matrix.json')} does not approve`;
      assert.deepEqual(
        messages.map((message) => message.replace(approval, 'which <config> does not approve')),
        [
          'permission set SecureSend_Admin grants edit on object Secure_Message_Event__c, which <config> does not approve for SecureSend_Admin',
          'permission set SecureSend_Admin grants delete on object Secure_Message_Event__c, which <config> does not approve for SecureSend_Admin',
          'permission set SecureSend_Admin grants viewAll on object Secure_Message_Event__c, which <config> does not approve for SecureSend_Admin',
          'permission set SecureSend_Auditor grants class access to SecureSendSetupController, which <config> does not approve for SecureSend_Auditor',
          'permission set SecureSend_Auditor grants custom permission SecureSend_Send, which <config> does not approve for SecureSend_Auditor',
          'permission set SecureSend_Auditor grants tab SecureSend_Setup (Visible), which <config> does not approve for SecureSend_Auditor',
          'permission set SecureSend_Auditor grants access to custom metadata type SecureSend_Phi_Policy__mdt, which <config> does not approve for SecureSend_Auditor',
          'permission set SecureSend_Auditor grants system permission ViewSetup, which <config> does not approve for SecureSend_Auditor',
        ],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a persona of the repository losing approved access fails', () => {
    const root = copyOfRepository();
    try {
      const file = join(root, PERMISSION_SETS, 'SecureSend_Admin.permissionset-meta.xml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/\s*<tabSettings>[\s\S]*?<\/tabSettings>/, ''),
      );
      assert.deepEqual(
        findings(root).map((finding) => finding.message.replace(root, '<root>')),
        [
          'permission set SecureSend_Admin lacks tab SecureSend_Setup (Visible), which <root>/config/permission-matrix.json approves for SecureSend_Admin (grant it, or remove it from the approved matrix)',
        ],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('an approved matrix with an unknown key or access is a tooling error, never a silent pass', () => {
    const root = copyOfRepository();
    try {
      const file = join(root, 'config', 'permission-matrix.json');
      const config = JSON.parse(readFileSync(file, 'utf8')) as {
        personas: Record<string, Record<string, unknown>>;
      };
      const sender = config.personas.SecureSend_Sender ?? {};
      writeFileSync(
        file,
        JSON.stringify({ personas: { SecureSend_Sender: { ...sender, clases: [] } } }),
      );
      assert.throws(() => loadApprovedMatrix(root), ToolingError);
      writeFileSync(
        file,
        JSON.stringify({
          personas: { SecureSend_Sender: { ...sender, objects: { Case: ['update'] } } },
        }),
      );
      assert.throws(() => loadApprovedMatrix(root), /unknown object access "update"/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
