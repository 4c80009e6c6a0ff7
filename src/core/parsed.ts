/** The result of reading untrusted input: a value, or one line saying what is wrong and where. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problem: string }

export const ok = <T>(value: T, warnings: readonly string[] = []): Parsed<T> => ({ ok: true, value, warnings })

export const fail = (problem: string): { readonly ok: false; readonly problem: string } => ({ ok: false, problem })
