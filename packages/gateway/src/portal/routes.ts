/**
 * The recipient portal's routes under /p/<link token>. Server-rendered HTML with no script,
 * every response uncacheable and framed by nothing, forms only (POST redirects to GET), and a
 * session cookie that is HttpOnly, Secure and SameSite=Strict.
 *   GET  /p/:token              confirm page (changes nothing: link scanners burn nothing)
 *   POST /p/:token/code         emails a one-time code      GET/POST /p/:token/verify
 *   POST /p/:token/open         (messages sent without verification)
 *   GET  /p/:token/message      the message, its attachments and a reply form
 *   GET  /p/:token/attachments/:n   POST /p/:token/reply   POST /p/:token/signout
 */
import { readFileSync } from 'node:fs';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_ATTACHMENT_BYTES } from '../messages/attachments.ts';
import { FailureLimiter } from '../http/rate-limit.ts';
import type { Page } from './pages.ts';
import * as pages from './pages.ts';
import * as access from './recipient-access.ts';
import { MAX_REPLY_CHARS, MAX_REPLY_FILES } from './recipient-access.ts';
import { readReplyForm } from './reply-form.ts';
import {
  SESSION_COOKIE,
  applyPortalHeaders,
  clearSessionCookie,
  isForeignPost,
  readCookie,
  sessionCookie,
} from './web-security.ts';

const STYLESHEET = readFileSync(new URL('./portal.css', import.meta.url), 'utf8');

export interface PortalOptions extends access.AccessDeps {
  /** Unknown links per client address per minute before 429. */
  readonly maxInvalidLinksPerMinute?: number;
}

type TokenRequest = FastifyRequest<{ Params: { token: string; index?: string } }>;

export function registerPortal(app: FastifyInstance, options: PortalOptions): void {
  const invalidLinks = new FailureLimiter(options.maxInvalidLinksPerMinute ?? 30, 60_000);

  void app.register(
    async (portal) => {
      await portal.register(multipart, {
        limits: {
          files: MAX_REPLY_FILES,
          fileSize: MAX_ATTACHMENT_BYTES,
          fields: 4,
          fieldSize: MAX_REPLY_CHARS * 4,
          parts: MAX_REPLY_FILES + 4,
        },
      });
      portal.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 8192 },
        (_request, body, done) => {
          done(null, Object.fromEntries(new URLSearchParams(body as string)));
        },
      );
      portal.addHook('onSend', async (_request, reply, payload) => {
        applyPortalHeaders(reply);
        return payload;
      });
      portal.addHook('preHandler', async (request, reply) => {
        if (request.method === 'POST' && isForeignPost(request)) {
          return send(reply, pages.problemPage('This form was sent from another site.', 403));
        }
        return undefined;
      });
      portal.setErrorHandler((error: FastifyError, request, reply) => {
        request.log.warn(
          { errorName: error.name, code: (error as { code?: string }).code },
          'portal error',
        );
        const status = (error as { statusCode?: number }).statusCode;
        const tooBig =
          status === 413 || /LIMIT|TOO_LARGE/.test(String((error as { code?: string }).code));
        void send(
          reply,
          tooBig
            ? pages.problemPage(
                'What you sent is too large: files can be at most 3 MB each, 4 MB in all.',
                413,
              )
            : pages.problemPage(
                'Please try again in a moment.',
                status && status < 500 ? status : 500,
              ),
        );
      });
      portal.setNotFoundHandler((_request, reply) => send(reply, pages.invalidLinkPage()));

      portal.get('/assets/portal.css', async (_request, reply) => {
        applyPortalHeaders(reply);
        // The stylesheet holds nothing private; it alone may be cached.
        return reply
          .header('cache-control', 'public, max-age=3600')
          .type('text/css; charset=utf-8')
          .send(STYLESHEET);
      });

      /** Resolves the link or answers with the page that says why it cannot be used. */
      const live = async (request: TokenRequest, reply: FastifyReply) => {
        const client = request.ip;
        if (invalidLinks.retryAfter(client) > 0) {
          await send(
            reply,
            pages.problemPage('Too many links that do not exist were tried. Wait a minute.', 429),
          );
          return undefined;
        }
        const state = await access.resolveLink(options, request.params.token);
        if (state.kind === 'live') return state;
        if (state.kind === 'invalid') invalidLinks.recordFailure(client);
        await send(
          reply,
          state.kind === 'invalid'
            ? pages.invalidLinkPage()
            : state.kind === 'locked'
              ? pages.lockedPage()
              : pages.gonePage(state.reason),
        );
        return undefined;
      };
      const base = (request: TokenRequest) => `/p/${request.params.token}`;
      const sessionOf = (request: FastifyRequest) =>
        readCookie(request.headers.cookie, SESSION_COOKIE);

      portal.get('/:token', async (request: TokenRequest, reply) => {
        const link = await live(request, reply);
        if (!link) return reply;
        if (await access.hasSession(options, link, sessionOf(request))) {
          return reply.redirect(`${base(request)}/message`, 303);
        }
        const idle = (request.query as { ended?: string }).ended === 'idle';
        return send(
          reply,
          link.message.options.requireRecipientVerification
            ? pages.confirmPage(
                base(request),
                idle
                  ? 'Your session ended after 15 minutes without activity. Verify again to continue.'
                  : undefined,
              )
            : pages.openWithoutCodePage(base(request)),
        );
      });

      portal.post('/:token/code', async (request: TokenRequest, reply) => {
        const link = await live(request, reply);
        if (!link) return reply;
        const outcome = await access.requestCode(options, link);
        switch (outcome) {
          case 'sent':
            return reply.redirect(`${base(request)}/verify?sent=1`, 303);
          case 'locked':
            return send(reply, pages.lockedPage());
          case 'too-many-for-recipient':
          case 'too-many-for-address':
            return send(
              reply,
              pages.tooManyPage(
                base(request),
                'Several codes were sent recently. Use the newest code you received, or wait 15 minutes and ask again.',
              ),
            );
          case 'send-failed':
            return send(
              reply,
              pages.problemPage(
                'We could not send the code just now. Please try again in a few minutes.',
                503,
              ),
            );
        }
      });

      portal.get('/:token/verify', async (request: TokenRequest, reply) => {
        const link = await live(request, reply);
        if (!link) return reply;
        const sent = (request.query as { sent?: string }).sent === '1';
        return send(reply, pages.enterCodePage(base(request), { sent }));
      });

      portal.post('/:token/verify', async (request: TokenRequest, reply) => {
        const link = await live(request, reply);
        if (!link) return reply;
        const submitted = (request.body as { code?: unknown } | undefined)?.code;
        const code = typeof submitted === 'string' ? submitted : '';
        const { check, sessionToken } = await access.verifyCode(options, link, code);
        switch (check.result) {
          case 'verified':
            reply.header('set-cookie', sessionCookie(sessionToken!));
            return reply.redirect(`${base(request)}/message`, 303);
          case 'malformed':
            return send(
              reply,
              pages.enterCodePage(base(request), {
                error: 'Enter the 6 digits from the email.',
                status: 400,
              }),
            );
          case 'expired':
            return send(
              reply,
              pages.enterCodePage(base(request), {
                error: 'That code has expired. Ask for a new one below.',
                status: 400,
              }),
            );
          case 'wrong':
            return send(
              reply,
              pages.enterCodePage(base(request), {
                error: `That code is not right. ${check.triesLeft} ${check.triesLeft === 1 ? 'try' : 'tries'} left before this link locks.`,
                status: 400,
              }),
            );
          case 'locked':
            return send(reply, pages.lockedPage());
        }
      });

      portal.post('/:token/open', async (request: TokenRequest, reply) => {
        const link = await live(request, reply);
        if (!link) return reply;
        const sessionToken = await access.openWithoutCode(options, link);
        if (!sessionToken) return reply.redirect(base(request), 303);
        reply.header('set-cookie', sessionCookie(sessionToken));
        return reply.redirect(`${base(request)}/message`, 303);
      });

      /** The link, when the request carries a live session for its recipient. */
      const verified = async (request: TokenRequest, reply: FastifyReply) => {
        const link = await live(request, reply);
        if (!link) return undefined;
        if (await access.hasSession(options, link, sessionOf(request))) return link;
        const hadSession = sessionOf(request) !== undefined;
        reply.header('set-cookie', clearSessionCookie());
        await reply.redirect(`${base(request)}${hadSession ? '?ended=idle' : ''}`, 303);
        return undefined;
      };

      portal.get('/:token/message', async (request: TokenRequest, reply) => {
        const link = await verified(request, reply);
        if (!link) return reply;
        const replied = (request.query as { replied?: string }).replied === '1';
        const shown = await access.revealMessage(options, link);
        return send(
          reply,
          pages.messagePage(
            base(request),
            shown,
            replied ? 'Your reply was encrypted and sent.' : undefined,
          ),
        );
      });

      portal.get('/:token/attachments/:index', async (request: TokenRequest, reply) => {
        const link = await verified(request, reply);
        if (!link) return reply;
        const index = Number(request.params.index);
        const attachment =
          Number.isInteger(index) && index >= 0
            ? await access.revealAttachment(options, link, index)
            : undefined;
        if (!attachment) return send(reply, pages.problemPage('There is no such attachment.', 404));
        return reply
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
          )
          .type(attachment.contentType)
          .send(Buffer.from(attachment.contentBase64, 'base64'));
      });

      portal.post('/:token/reply', async (request: TokenRequest, reply) => {
        const link = await verified(request, reply);
        if (!link) return reply;
        if (!request.isMultipart()) {
          return send(
            reply,
            pages.replyErrorPage(
              base(request),
              'Send the reply with the form on the message page.',
            ),
          );
        }
        const { text, files } = await readReplyForm(request);
        const stored = await access.storeReply(options, link, text, files);
        if (!stored.ok) return send(reply, pages.replyErrorPage(base(request), stored.error));
        return reply.redirect(`${base(request)}/message?replied=1`, 303);
      });

      portal.post('/:token/signout', async (request: TokenRequest, reply) => {
        const session = sessionOf(request);
        if (session) await access.endSession(options, session);
        reply.header('set-cookie', clearSessionCookie());
        return send(reply, pages.signedOutPage(base(request)));
      });
    },
    { prefix: '/p' },
  );
}

function send(reply: FastifyReply, page: Page): FastifyReply {
  return reply.code(page.status).type('text/html; charset=utf-8').send(page.body.value);
}
