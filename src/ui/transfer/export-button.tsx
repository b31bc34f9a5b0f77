import { downloadText } from "../common/download";
import { useOpenPersona, useStudio } from "../studio-context";
import { useMessages } from "../i18n";
import { headerMessages } from "../i18n/messages/header";
import "../common/common.css";

/** "Export JSON": downloads the open persona as its file, `<id>.persona.json`. */
export function ExportButton() {
  const t = useMessages(headerMessages);
  const studio = useStudio();
  const hasOpen = useOpenPersona() !== undefined;
  const exportOpen = () => {
    const file = studio.exportOpen();
    if (!file) return;
    downloadText(file.filename, file.text);
    // Kept as a version, off the first screen: the versions code loads on the first export.
    const persona = studio.openPersona();
    if (persona)
      void import("../../stores/versions-auto").then((m) =>
        m.autoVersion(persona, "export", file.filename),
      );
  };
  return (
    <button type="button" className="cm-button" disabled={!hasOpen} onClick={exportOpen}>
      {t.exportJson}
    </button>
  );
}
