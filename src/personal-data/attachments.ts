// Attachments are committed too, so the text ones are scanned for personal data like the YAML is.

const TEXT_ATTACHMENT = /\.(?:txt|csv|md)$/i;

/** True for a path whose file name ends .txt, .csv or .md, in any case (SPEC's text attachments). */
export function isTextAttachment(path: string): boolean {
  return TEXT_ATTACHMENT.test(path);
}
