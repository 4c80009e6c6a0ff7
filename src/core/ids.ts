/**
 * Container IDs. Docker's are random; the engine makes them up from the
 * container's name and its place in the scenario, so every derivation of the
 * same scenario prints the same hostnames and conflict messages.
 */

/** FNV-1a over UTF-16 code units, then murmur3's finaliser for avalanche. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return h >>> 0
}

/**
 * A 64-hex-digit container ID for the container at `index` named `name`.
 *
 * @example
 * containerId('redis', 0).length //=> 64
 */
export function containerId(name: string, index: number): string {
  const text = `${index}\u0000${name}`
  let id = ''
  for (let seed = 0; seed < 8; seed++) id += hash32(text, seed).toString(16).padStart(8, '0')
  return id
}
