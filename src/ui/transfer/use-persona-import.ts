import { useMemo } from "react";
import type { ImportResult } from "../../stores/file-import";
import { useStudio } from "../studio-context";

export type { ImportResult } from "../../stores/file-import";

/**
 * Import from pasted text or a file (a persona, a Character Card in JSON or PNG, or a
 * client's feedback) through stores/file-import: a valid persona or card opens as a new
 * persona, an invalid one changes nothing.
 */
export function usePersonaImport() {
  const studio = useStudio();
  return useMemo(() => {
    // The file reader (and through it the card and feedback readers) loads on the first import.
    const load = () => import("../../stores/file-import");
    const fromText = async (text: string, source: string | null): Promise<ImportResult> =>
      (await load()).importText(studio, text, source);
    const fromFile = async (file: File): Promise<ImportResult> => {
      const { importBytes, MAX_IMPORT_BYTES } = await load();
      // Checked before reading, so a huge file is never loaded into memory.
      if (file.size > MAX_IMPORT_BYTES)
        return { kind: "refused", source: file.name, reason: "too-large" };
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        // The file was moved or its permission revoked between picking and reading.
        return { kind: "refused", source: file.name, reason: "unreadable" };
      }
      return importBytes(studio, bytes, file.name);
    };
    return { fromText, fromFile };
  }, [studio]);
}
