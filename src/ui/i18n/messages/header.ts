/**
 * The header's buttons that open lazy parts (export, versions, compare). Their own
 * namespaces load with those parts, so the first screen carries only these few words.
 */
import { defineMessages } from "../define-messages";

// French typography: a no-break space (\u00a0) inside « ».
export const headerMessages = defineMessages({
  en: {
    exportJson: "Export JSON",
    saveVersion: "Save version",
    versionSaved: (name: string) => `Version “${name}” saved.`,
    versions: "Versions",
    compare: "Compare",
  },
  fr: {
    exportJson: "Exporter le JSON",
    saveVersion: "Enregistrer une version",
    versionSaved: (name) => `Version «\u00a0${name}\u00a0» enregistrée.`,
    versions: "Versions",
    compare: "Comparer",
  },
});
