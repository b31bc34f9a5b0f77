/**
 * The versions saved on the way out: every export, share link and review page keeps the
 * persona as it was sent. Never in the way of the export itself: when versions are
 * unavailable, or slow to answer, the export goes on without one.
 */
import type { Persona } from "../core/persona/schema";
import type { PersonaVersion, VersionOrigin } from "../core/versions/types";

/** Past this, the export does not wait for IndexedDB (a blocked database never answers). */
const WAIT_MS = 3_000;

export async function autoVersion(
  persona: Persona,
  origin: Exclude<VersionOrigin, "manual" | "import">,
  name: string,
): Promise<PersonaVersion | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), WAIT_MS);
  });
  try {
    const saving = import("./versions-store")
      .then((m) => m.saveVersion(persona, { name, origin }))
      .catch(() => undefined);
    return await Promise.race([saving, late]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
