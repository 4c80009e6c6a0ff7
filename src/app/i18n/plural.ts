/** An English count with its noun: `plural(1, 'link', 'links')` → `1 link`, `plural(2, …)` → `2 links`. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
