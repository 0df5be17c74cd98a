/**
 * The three emails the gateway writes. Only the full message (sent over required TLS) carries
 * what the sender wrote. The pickup notification and the code email say nothing about the
 * sender, the organisation, the subject or the Case: a subject line or a clinic's name in an
 * inbox preview can be PHI on its own.
 */
import type { ContentPayload } from '../messages/sealed-content.ts';
import type { OutgoingMail } from './mail-sender.ts';

export function fullMessageMail(
  payload: ContentPayload,
  to: string,
  portalUrl: string,
  expiresAt: string,
): OutgoingMail {
  return {
    to,
    subject: payload.subject,
    text: [
      payload.body,
      '',
      '--',
      `Sent securely by ${payload.sender.name} with SecureSend.`,
      `To reply securely or download the attachments again, open ${portalUrl}`,
      `(available until ${readableDate(expiresAt)}).`,
    ].join('\n'),
    attachments: payload.attachments.map((a) => ({
      filename: a.fileName,
      contentType: a.contentType,
      content: Buffer.from(a.contentBase64, 'base64'),
    })),
  };
}

export function pickupNotificationMail(
  to: string,
  portalUrl: string,
  expiresAt: string,
): OutgoingMail {
  return {
    to,
    subject: 'You have a secure message',
    text: [
      'You have received a secure message.',
      '',
      'To read it, open this link and confirm your email address with a one-time code:',
      portalUrl,
      '',
      `The message can be read until ${readableDate(expiresAt)}.`,
      'If you were not expecting a secure message, you can ignore this email.',
    ].join('\n'),
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

export function verificationCodeMail(to: string, code: string, validMinutes: number): OutgoingMail {
  return {
    to,
    subject: 'Your secure message verification code',
    text: [
      `Your verification code is ${code}`,
      '',
      `Enter it on the secure message page within ${validMinutes} minutes.`,
      'If you did not ask for a code, you can ignore this email; no one can read the message without it.',
    ].join('\n'),
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

/** "22 November 2026, 14:05 UTC": unambiguous in every locale. */
export function readableDate(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const time = date.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  return `${day}, ${time} UTC`;
}

/** The part after the last @, lower-cased (addresses were validated by the contract). */
export function recipientDomain(email: string): string {
  return email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
}
