import { useMemo } from "react";
import { MAX_PERSONA_BYTES } from "../../core/persona/constants";
import type { Problem } from "../../core/persona/restore";
import { useStudio } from "../studio-context";

/** What an import attempt did; `source` is the file name, or null for pasted text. */
export type ImportResult =
  | { kind: "imported"; name: string }
  | { kind: "invalid"; source: string | null; problems: Problem[] }
  | { kind: "refused"; source: string | null; reason: "too-large" | "not-json" | "unreadable" };

/** The file picker's `accept` also lets people pick "All files", so the drop zone and picker check again. */
function looksLikeJson(file: File): boolean {
  return file.name.toLowerCase().endsWith(".json") || file.type === "application/json";
}

/**
 * Import from pasted text or a file, through studio.importText (which goes through the one
 * door, restore): a valid persona opens as a new one, an invalid one changes nothing.
 */
export function usePersonaImport() {
  const studio = useStudio();
  return useMemo(() => {
    const fromText = (text: string, source: string | null): ImportResult => {
      const outcome = studio.importText(text);
      if (!outcome.ok) return { kind: "invalid", source, problems: outcome.problems };
      const name = studio.library.getState().entries[outcome.id]?.persona.name ?? outcome.id;
      return { kind: "imported", name };
    };
    const fromFile = async (file: File): Promise<ImportResult> => {
      if (!looksLikeJson(file)) return { kind: "refused", source: file.name, reason: "not-json" };
      // Checked before reading: restore refuses long texts too, but only after the whole
      // file has been read into memory.
      if (file.size > MAX_PERSONA_BYTES) return { kind: "refused", source: file.name, reason: "too-large" };
      let text: string;
      try {
        text = await file.text();
      } catch {
        // The file was moved or its permission revoked between picking and reading.
        return { kind: "refused", source: file.name, reason: "unreadable" };
      }
      return fromText(text, file.name);
    };
    return { fromText, fromFile };
  }, [studio]);
}
