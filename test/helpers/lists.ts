/**
 * Checked access for indexed lookups (the tests compile with noUncheckedIndexedAccess): a missing
 * item fails the test with a message that says what was missing, instead of a TypeError later.
 */

/** `list[index]`, or a thrown error naming `what` and the list's length. */
export function nth<T>(list: ArrayLike<T>, index: number, what = 'item'): T {
  const item = index < 0 ? list[list.length + index] : list[index];
  if (item === undefined) throw new Error(`${what} #${index} missing: the list has ${list.length}`);
  return item;
}

/** The first item, or a thrown error naming `what`. */
export function first<T>(list: ArrayLike<T>, what = 'item'): T {
  return nth(list, 0, what);
}

/** The last item, or a thrown error naming `what`. */
export function last<T>(list: ArrayLike<T>, what = 'item'): T {
  return nth(list, -1, what);
}

/** The value, or a thrown error naming `what` when it is null or undefined. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what}: missing`);
  return value;
}

/** The item of `list` whose `key` equals `value`, or a thrown error naming both. */
export function byKey<T, K extends keyof T>(list: readonly T[], key: K, value: T[K]): T {
  const found = list.find((item) => item[key] === value);
  if (found === undefined) throw new Error(`no item with ${String(key)} = ${JSON.stringify(value)}`);
  return found;
}
