/**
 * Reads the reply form (multipart: a `text` field and `files`). File names keep only their last
 * path segment without control characters; a content type that is not a plain type/subtype
 * becomes application/octet-stream. Size limits are enforced by @fastify/multipart as it reads.
 */
import type { FastifyRequest } from 'fastify';
import type { ReplyFile } from './recipient-access.ts';

export async function readReplyForm(
  request: FastifyRequest,
): Promise<{ text: string; files: ReplyFile[] }> {
  let text = '';
  const files: ReplyFile[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      // An empty file input still sends a part with no name and no bytes.
      if (part.filename && content.length > 0) {
        files.push({
          fileName: safeFileName(part.filename),
          contentType: safeContentType(part.mimetype),
          content,
        });
      }
    } else if (part.fieldname === 'text') {
      text = String(part.value);
    }
  }
  return { text, files };
}

export function safeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const base = [...last]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  return (base || 'attachment').slice(0, 255);
}

export function safeContentType(type: string): string {
  const lower = type.toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/.test(lower)
    ? lower
    : 'application/octet-stream';
}
