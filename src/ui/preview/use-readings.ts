import { useEffect, useState } from "react";
import type { Persona } from "../../core/persona/schema";
import { cachedReadingOf, readingOf, type ReplyReading } from "../../stores/measured";

/**
 * The meter's reading of replies, measured off the page's main thread and shown when ready
 * (undefined until then); a failed reading stays undefined, the meter row simply not shown.
 */
export function useReadings(
  texts: readonly string[],
  persona: Persona | undefined,
): (ReplyReading | undefined)[] {
  const [, setVersion] = useState(0);
  const readings = texts.map((text) => (persona ? cachedReadingOf(text, persona) : undefined));
  const missing = persona !== undefined && readings.some((r) => r === undefined);
  const key = texts.join("\u0000");
  useEffect(() => {
    if (!missing || !persona) return;
    let live = true;
    void Promise.all(key.split("\u0000").map((text) => readingOf(text, persona)))
      .then(() => live && setVersion((v) => v + 1))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [missing, key, persona]);
  return readings;
}
