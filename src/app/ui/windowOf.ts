/**
 * The slice of a long list worth drawing: `size` items around `center`. A
 * thousand-container scenario does not need a thousand timeline chips or
 * start-order rows in the DOM; the arrows still reach every one.
 */
export function windowOf(length: number, center: number, size: number): { from: number; to: number } {
  if (length <= size) return { from: 0, to: length }
  const from = Math.max(0, Math.min(length - size, center - Math.floor(size / 2)))
  return { from, to: from + size }
}
