/**
 * The local outbox page (/outbox): with no relay configured, this is where a developer reads
 * the mail the gateway sent, links included. Only loopback clients may see it, and only when
 * the outbox is in use: it shows what a real deployment would have put on the wire.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readableDate } from '../delivery/compose.ts';
import { listOutbox } from '../delivery/outbox.ts';
import { type SafeHtml, escapeHtml, html, SafeHtml as Safe } from './html.ts';
import { layout } from './pages.ts';
import { applyPortalHeaders } from './web-security.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const EML_NAME = /^[0-9TZ-]+-\d+-\d{6}\.eml$/;

export function registerOutboxPage(app: FastifyInstance, dir: string): void {
  const refuse = (request: FastifyRequest) => !LOOPBACK.has(request.socket.remoteAddress ?? '');

  app.get('/outbox', async (request, reply) => {
    applyPortalHeaders(reply);
    if (refuse(request))
      return reply.code(403).type('text/plain').send('The outbox is local only.');
    const entries = listOutbox(dir);
    const page = layout(
      'Local outbox',
      html`<h1>Local outbox</h1>
        <p>
          No SMTP relay is configured (SECURESEND_SMTP_URL), so outgoing mail is kept here and in
          <code>${dir}</code> as .eml files. Newest first.
        </p>
        ${
          entries.length === 0
            ? html`<p>No mail yet.</p>`
            : html`<table class="outbox">
                <thead>
                  <tr>
                    <th scope="col">Sent</th>
                    <th scope="col">Email</th>
                  </tr>
                </thead>
                <tbody>
                  ${entries.map(
                    (e) =>
                      html`<tr>
                        <td>
                          ${readableDate(e.savedAt)}<br /><a href="/outbox/${e.file}">.eml</a>
                        </td>
                        <td>
                          <strong>To:</strong> ${e.to}<br /><strong>Subject:</strong>
                          ${e.subject}${e.tlsRequired ? ' (TLS required)' : ''}
                          <pre>${linkify(e.text)}</pre>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }`,
    );
    return reply.code(page.status).type('text/html; charset=utf-8').send(page.body.value);
  });

  app.get('/outbox/:file', async (request: FastifyRequest<{ Params: { file: string } }>, reply) => {
    applyPortalHeaders(reply);
    if (refuse(request))
      return reply.code(403).type('text/plain').send('The outbox is local only.');
    const { file } = request.params;
    const path = join(dir, file);
    if (!EML_NAME.test(file) || !existsSync(path)) {
      return reply.code(404).type('text/plain').send('No such email in the outbox.');
    }
    return reply
      .header('content-disposition', `attachment; filename="${file}"`)
      .type('message/rfc822')
      .send(readFileSync(path));
  });
}

/** Escapes the text, then makes its http(s) links clickable. */
function linkify(text: string): SafeHtml {
  const escaped = escapeHtml(text);
  return new Safe(escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`));
}
