/**
 * Remembers a function's last arguments and result: called again with the same arguments (by
 * identity), it returns the same result object, so later steps can tell nothing changed.
 */
export function memoize1<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i]))
      return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
