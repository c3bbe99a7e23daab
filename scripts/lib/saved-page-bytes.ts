/**
 * A saved page's text from its bytes, decoded as a browser would: a byte-order mark first
 * (UTF-8, UTF-16 LE/BE: "Save as… Unicode" on Windows), then UTF-8 if the bytes are valid UTF-8,
 * else the charset the page declares in its first 1,024 bytes (`<meta charset>` or
 * `http-equiv="Content-Type"`), else windows-1252, the web's default for legacy pages. Kits are
 * saved in all of these; read as UTF-8, a UTF-16 page is letters between NUL bytes.
 */
export function decodeSavedPage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(declaredCharset(bytes) ?? 'windows-1252').decode(bytes);
  }
}

/** The charset a page declares near its start, if this runtime can decode it (and it isn't UTF-8). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
