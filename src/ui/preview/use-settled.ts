import { useEffect, useState } from "react";

/**
 * `value` once it has stopped changing for `delayMs`: work that costs as much as the number
 * of replies (the whole conversation's meter summary) waits for the designer to let go of
 * the slider, instead of running on every step of a drag.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => setSettled(() => value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
