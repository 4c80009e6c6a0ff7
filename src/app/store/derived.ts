/**
 * A selector that recomputes only when one of its inputs changes (by
 * reference), and otherwise hands zustand the very same object. A selector
 * that builds a new array or object on every call makes zustand v5 re-render
 * in a loop; anything that computes goes through here.
 */
export function derived<S, const D extends unknown[], O>(
  inputs: (state: S) => D,
  compute: (...inputs: NoInfer<D>) => O,
): (state: S) => O {
  let last: { readonly inputs: D; readonly output: O } | undefined
  return (state) => {
    const next = inputs(state)
    const prev = last
    if (prev !== undefined && next.every((input, i) => Object.is(input, prev.inputs[i]))) return prev.output
    last = { inputs: next, output: compute(...next) }
    return last.output
  }
}
