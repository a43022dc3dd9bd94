/** Escaping for XML and HTML text and attribute values. */

/** Characters XML 1.0 forbids anywhere (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const INVALID_XML = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML or HTML element body or a double- or single-quoted attribute; drops characters XML cannot carry. */
export function escapeXml(text: string | number): string {
  return String(text)
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
