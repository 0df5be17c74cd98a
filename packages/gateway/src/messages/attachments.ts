/**
 * Attachment checks the schema cannot express: strict base64 and decoded sizes. The limits keep
 * a whole request inside Apex's 6 MB synchronous callout limit once base64-encoded.
 */
import { problems } from '../http/problem.ts';
import type { AttachmentPayload } from './sealed-content.ts';

export const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;
export const MAX_TOTAL_ATTACHMENT_BYTES = 4 * 1024 * 1024;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function checkAttachments(
  attachments: readonly { fileName: string; contentType: string; contentBase64: string }[],
): AttachmentPayload[] {
  let total = 0;
  return attachments.map((attachment, index) => {
    const pointer = `/body/attachments/${index}/contentBase64`;
    if (!BASE64.test(attachment.contentBase64)) {
      throw problems.invalidRequest([{ pointer, detail: 'must be standard base64 with padding' }]);
    }
    const size = decodedSize(attachment.contentBase64);
    if (size > MAX_ATTACHMENT_BYTES) {
      throw problems.tooLarge(
        `${pointer} decodes to ${size} bytes; an attachment may be at most ${MAX_ATTACHMENT_BYTES}`,
      );
    }
    total += size;
    if (total > MAX_TOTAL_ATTACHMENT_BYTES) {
      throw problems.tooLarge(
        `attachments decode to more than ${MAX_TOTAL_ATTACHMENT_BYTES} bytes in all`,
      );
    }
    return { ...attachment, size };
  });
}

function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}
