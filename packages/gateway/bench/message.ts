/**
 * A ~10 KB CSR reply for the benchmark: synthetic, with the kinds of PHI a real one holds (names,
 * dates, member ids, clinical terms), so the server-side scan does its real work.
 */
const PARAGRAPH =
  'Hello, this is Casey from member services following up on case 00012345. We reviewed the claim for ' +
  'your visit on 03/14/2026 with Dr. Alvarez and the prior authorization for physical therapy. Your member ' +
  'ID W123456789 shows the plan covers twelve sessions; your deductible balance is $240.00. Please call ' +
  '800-555-0199 between 8 and 6 if anything looks wrong, or reply here. ';

export function tenKilobyteMessage(n: number): string {
  let body = `Message ${n}.\n`;
  while (body.length < 10 * 1024) body += PARAGRAPH;
  return JSON.stringify({
    sender: { userId: '005000000000001AAA', name: 'Casey Rep', email: 'casey.rep@insurer.example' },
    recipients: [{ email: 'member@example.org', name: 'Member' }],
    subject: `Your claim update ${n}`,
    body: body.slice(0, 10 * 1024),
    reference: { caseId: '500000000000001AAA', caseNumber: '00012345' },
  });
}
