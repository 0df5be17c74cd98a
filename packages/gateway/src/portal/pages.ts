/**
 * The portal's pages. None reveals anything before the recipient verified: the pages a link
 * opens say only that a message waits, never who sent it, the organisation, or the subject.
 */
import { readableDate } from '../delivery/compose.ts';
import type { AttachmentPayload } from '../messages/sealed-content.ts';
import { type SafeHtml, html } from './html.ts';

export interface Page {
  readonly status: number;
  readonly body: SafeHtml;
}

const STYLESHEET = '/p/assets/portal.css';

export function layout(title: string, content: SafeHtml, status = 200): Page {
  return {
    status,
    body: html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <title>${title} · Secure message</title>
          <link rel="stylesheet" href="${STYLESHEET}" />
        </head>
        <body>
          <a class="skip" href="#main">Skip to content</a>
          <header class="site">Secure message</header>
          <main id="main">${content}</main>
          <footer>
            Protected by SecureSend. Messages are encrypted and expire; nothing here is stored in
            your browser.
          </footer>
        </body>
      </html>`,
  };
}

export function confirmPage(base: string, notice?: string): Page {
  return layout(
    'Open your secure message',
    html`<h1>You have a secure message</h1>
      ${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
      <p>To protect it, we first confirm that you are the person it was sent to.</p>
      <p>
        Select the button below and we will email a 6-digit code to the address this message was
        sent to. The code works for 10 minutes.
      </p>
      <form method="post" action="${base}/code">
        <button type="submit">Email me a code</button>
      </form>`,
  );
}

/** For messages sent without recipient verification: one more click, so scanners do nothing. */
export function openWithoutCodePage(base: string): Page {
  return layout(
    'Open your secure message',
    html`<h1>You have a secure message</h1>
      <p>Select the button to open it.</p>
      <form method="post" action="${base}/open">
        <button type="submit">Open the message</button>
      </form>`,
  );
}

export function enterCodePage(
  base: string,
  options: { error?: string; sent?: boolean; status?: number } = {},
): Page {
  return layout(
    'Enter your code',
    html`<h1>Enter your code</h1>
      ${options.sent ? html`<p class="notice ok" role="status">We emailed you a 6-digit code. It works for 10 minutes.</p>` : ''}
      ${options.error ? html`<p class="notice error" role="alert" id="code-error">${options.error}</p>` : ''}
      <form method="post" action="${base}/verify">
        <label for="code"
          >6-digit code <span class="hint">From the email we just sent you</span></label
        >
        <input
          class="code"
          type="text"
          id="code"
          name="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          pattern="[0-9]{6}"
          maxlength="6"
          required
          ${options.error ? html`aria-invalid="true" aria-describedby="code-error"` : ''}
        />
        <button type="submit">Verify</button>
      </form>
      <form method="post" action="${base}/code">
        <button type="submit" class="secondary">Email me a new code</button>
      </form>`,
    options.status ?? 200,
  );
}

export interface ShownMessage {
  readonly senderName: string;
  readonly subject: string;
  readonly body: string;
  readonly sentAt: string;
  readonly expiresAt: string;
  readonly attachments: readonly Pick<AttachmentPayload, 'fileName' | 'size'>[];
  readonly replies: readonly { receivedAt: string; body: string; attachmentNames: string[] }[];
}

export function messagePage(base: string, message: ShownMessage, notice?: string): Page {
  return layout(
    message.subject,
    html`${notice ? html`<p class="notice ok" role="status">${notice}</p>` : ''}
      <h1>${message.subject}</h1>
      <ul class="meta">
        <li>From: ${message.senderName}</li>
        <li>Sent: ${readableDate(message.sentAt)}</li>
        <li>Available until: ${readableDate(message.expiresAt)}</li>
      </ul>
      <div class="message-body">${message.body}</div>
      ${
        message.attachments.length > 0
          ? html`<h2>Attachments</h2>
              <ul class="files">
                ${message.attachments.map(
                  (a, index) =>
                    html`<li>
                      <a href="${base}/attachments/${index}" download>${a.fileName}</a>
                      <span class="hint">(${formatSize(a.size)})</span>
                    </li>`,
                )}
              </ul>`
          : ''
      }
      ${
        message.replies.length > 0
          ? html`<h2>Your replies</h2>
              ${message.replies.map(
                (r) =>
                  html`<div class="reply">
                    <p class="hint">
                      ${readableDate(r.receivedAt)}${r.attachmentNames.length > 0 ? ` · ${r.attachmentNames.join(', ')}` : ''}
                    </p>
                    <div class="message-body">${r.body}</div>
                  </div>`,
              )}`
          : ''
      }
      <h2>Reply securely</h2>
      <form method="post" action="${base}/reply" enctype="multipart/form-data">
        <label for="reply-text">Your reply</label>
        <textarea id="reply-text" name="text" required maxlength="131072"></textarea>
        <label for="reply-files"
          >Attach files
          <span class="hint">Optional. Up to 10 files, 3 MB each, 4 MB in all.</span></label
        >
        <input type="file" id="reply-files" name="files" multiple />
        <button type="submit">Send reply securely</button>
      </form>
      <form method="post" action="${base}/signout">
        <button type="submit" class="secondary">Sign out</button>
      </form>`,
  );
}

export function replyErrorPage(base: string, error: string): Page {
  return layout(
    'Reply not sent',
    html`<h1>Your reply was not sent</h1>
      <p class="notice error" role="alert">${error}</p>
      <p><a href="${base}/message">Back to the message</a></p>`,
    400,
  );
}

export function gonePage(reason: 'expired' | 'revoked'): Page {
  return layout(
    reason === 'expired' ? 'Message expired' : 'Message withdrawn',
    html`<h1>
        ${reason === 'expired' ? 'This message has expired' : 'This message was withdrawn'}
      </h1>
      <p>
        ${
          reason === 'expired'
            ? 'Secure messages can be read for a limited time. This one can no longer be opened, and its content has been destroyed.'
            : 'The sender withdrew this message. It can no longer be opened, and its content has been destroyed.'
        }
      </p>
      <p>
        If you still need it, contact the organisation that sent it and ask them to send it again.
      </p>`,
    410,
  );
}

export function lockedPage(): Page {
  return layout(
    'Link locked',
    html`<h1>This link is locked</h1>
      <p>A wrong code was entered too many times, so we locked this link to protect the message.</p>
      <p>Contact the organisation that sent it and ask them to send it again.</p>`,
    423,
  );
}

export function invalidLinkPage(): Page {
  return layout(
    'Link not valid',
    html`<h1>This link is not valid</h1>
      <p>
        Check that you opened the whole link from the email. If it still does not work, contact the
        organisation that sent it.
      </p>`,
    404,
  );
}

export function tooManyPage(base: string, message: string): Page {
  return layout(
    'Please wait',
    html`<h1>Please wait before trying again</h1>
      <p class="notice error" role="alert">${message}</p>
      <p><a href="${base}/verify">Enter a code you already received</a></p>`,
    429,
  );
}

export function signedOutPage(base: string): Page {
  return layout(
    'Signed out',
    html`<h1>You are signed out</h1>
      <p>To read the message again, <a href="${base}">open it</a> and verify with a new code.</p>`,
  );
}

export function problemPage(message: string, status: number): Page {
  return layout(
    'Something went wrong',
    html`<h1>Something went wrong</h1>
      <p class="notice error" role="alert">${message}</p>`,
    status,
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
