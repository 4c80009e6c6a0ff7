/**
 * What images bring to a container: docker merges the image's EXPOSE and ENV
 * into what `docker run` (or a compose service) says. Link Lab knows no image
 * itself; the caller may pass what it knows (the app's image palette).
 */

/** What an image's Dockerfile declares: docker adds it to every container run from it. */
export interface ImageDefaults {
  /** `EXPOSE`, as `port/proto`. */
  readonly expose?: readonly string[]
  /** `ENV`, as `KEY=VALUE`. */
  readonly env?: readonly string[]
}

/** Looks an image reference up; `undefined` when it is not known. */
export type ImageLookup = (image: string) => ImageDefaults | undefined

/** What stands in for a container without an image, so an exported file still runs. */
export const PLACEHOLDER_IMAGE = 'busybox'

/**
 * The container's exposed ports and environment once the image's are merged in,
 * as docker's config merge does: the image's EXPOSE and the given ports as one set (the
 * given ones kept as written);
 * the given `-e` entries, then each image ENV entry whose key they did not set.
 *
 * @example
 * withImage({ expose: ['80'], env: ['A=1'] }, { expose: ['6379/tcp'], env: ['A=0', 'B=2'] })
 * //=> { expose: ['6379/tcp', '80'], env: ['A=1', 'B=2'] }
 */
export function withImage(
  given: { readonly expose: readonly string[]; readonly env: readonly string[] },
  image: ImageDefaults | undefined,
): { expose: string[]; env: string[] } {
  const keyOf = (entry: string): string => entry.split('=')[0] ?? ''
  const keys = new Set(given.env.map(keyOf))
  return {
    expose: [...(image?.expose ?? []).filter((port) => !given.expose.includes(port)), ...given.expose],
    env: [...given.env, ...(image?.env ?? []).filter((entry) => !keys.has(keyOf(entry)))],
  }
}

/**
 * The note about images whose EXPOSE and ENV stayed unknown, if any.
 *
 * @example
 * unknownImagesNote(new Set(['ubuntu']), false)
 * //=> ['images "ubuntu": no image catalogue given, so their own EXPOSE and ENV are not in the scenario (add --expose / -e)']
 */
export function unknownImagesNote(unknown: ReadonlySet<string>, catalogue: boolean): string[] {
  if (unknown.size === 0) return []
  const list = [...unknown].map((image) => JSON.stringify(image)).join(', ')
  const why = catalogue ? 'not among the known images' : 'no image catalogue given'
  return [`images ${list}: ${why}, so their own EXPOSE and ENV are not in the scenario (add --expose / -e)`]
}
