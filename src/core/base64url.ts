/** base64url without padding (RFC 4648 §5): bytes ⇄ text that needs no escaping in a URL. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUE = new Map([...ALPHABET].map((char, i) => [char, i]))

export function encodeBase64url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const n = (a << 16) | (b << 8) | c
    out += ALPHABET[(n >> 18) & 63]
    out += ALPHABET[(n >> 12) & 63]
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63]
    if (i + 2 < bytes.length) out += ALPHABET[n & 63]
  }
  return out
}

/** The bytes, or `null` when `text` is not base64url. */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    let n = 0
    let chars = 0
    for (let j = 0; j < 4; j++) {
      const char = text[i + j]
      if (char === undefined) {
        n <<= 6
        continue
      }
      const value = VALUE.get(char)
      if (value === undefined) return null
      n = (n << 6) | value
      chars++
    }
    out[o++] = (n >> 16) & 255
    if (chars > 2) out[o++] = (n >> 8) & 255
    if (chars > 3) out[o++] = n & 255
  }
  return out.subarray(0, o)
}
