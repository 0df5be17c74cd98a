/**
 * A throwaway PKI for SMTP tests: a CA the tests trust explicitly, a server certificate it signed,
 * and a self-signed impostor for the same names, so both "verified STARTTLS" and "certificate
 * rejected" paths run against real TLS handshakes without touching the system trust store.
 */
import forge from 'node-forge';

export interface TestPki {
  /** The only root a test client should trust. */
  caPem: string;
  serverKeyPem: string;
  /** Signed by caPem, valid for localhost and 127.0.0.1. */
  serverCertPem: string;
  untrustedKeyPem: string;
  /** Self-signed for the same names: a client trusting only caPem must reject it. */
  untrustedCertPem: string;
}

const NAMES = [
  { type: 2, value: 'localhost' }, // dNSName
  { type: 7, ip: '127.0.0.1' }, // iPAddress
];

// Key generation dominates the cost even though forge delegates it to node:crypto; every test
// file in a process shares one PKI.
let cached: TestPki | undefined;

export function createTestPki(): TestPki {
  cached ??= generate();
  return cached;
}

function generate(): TestPki {
  const caKeys = forge.pki.rsa.generateKeyPair(2048);
  const caSubject = [{ name: 'commonName', value: 'SecureSend Test CA' }];
  const ca = newCert(caKeys.publicKey, caSubject, caSubject, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const serverKeys = forge.pki.rsa.generateKeyPair(2048);
  const server = newCert(
    serverKeys.publicKey,
    [{ name: 'commonName', value: 'localhost' }],
    caSubject,
    [
      ...leafExtensions(),
      // Lets OpenSSL pick the issuer by key id rather than by name alone.
      {
        name: 'authorityKeyIdentifier',
        keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes(),
      },
    ],
  );
  server.sign(caKeys.privateKey, forge.md.sha256.create());

  // Same names as the real server, so the only reason to reject it is the missing chain to caPem
  // (not a hostname mismatch).
  const untrustedKeys = forge.pki.rsa.generateKeyPair(2048);
  const untrustedSubject = [{ name: 'commonName', value: 'localhost' }];
  const untrusted = newCert(
    untrustedKeys.publicKey,
    untrustedSubject,
    untrustedSubject,
    leafExtensions(),
  );
  untrusted.sign(untrustedKeys.privateKey, forge.md.sha256.create());

  return {
    caPem: forge.pki.certificateToPem(ca),
    serverKeyPem: forge.pki.privateKeyToPem(serverKeys.privateKey),
    serverCertPem: forge.pki.certificateToPem(server),
    untrustedKeyPem: forge.pki.privateKeyToPem(untrustedKeys.privateKey),
    untrustedCertPem: forge.pki.certificateToPem(untrusted),
  };
}

function leafExtensions(): object[] {
  return [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: NAMES },
  ];
}

function newCert(
  publicKey: forge.pki.PublicKey,
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
  extensions: object[],
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // Random and positive (leading 01): OpenSSL rejects negative serials, and distinct serials keep
  // the CA-issued and self-signed leaves from looking like the same certificate.
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(15));
  // Backdated a day so clock skew between the generating process and a verifier never matters.
  const now = Date.now();
  cert.validity.notBefore = new Date(now - 24 * 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now + 365 * 24 * 60 * 60 * 1000);
  cert.setSubject(subject);
  cert.setIssuer(issuer);
  cert.setExtensions(extensions);
  return cert;
}
