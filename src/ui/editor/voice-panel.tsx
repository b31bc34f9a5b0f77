import { Group } from "./group";
import type { DimensionId } from "../../core/persona/schema";
import { AddressSwitch } from "./address-switch";
import { DimensionSlider } from "./dimension-slider";
import { useMessages } from "../i18n";
import { editorMessages, type VoiceSectionId } from "../i18n/messages/editor";
import { StartStatus } from "../library/start-status";
import "./editor.css";

/**
 * The panel's layout, not the catalog's `group`: the catalog files emoji under tone (it
 * colours a reply), but designers set it together with length, as "how much a reply
 * carries", so the editor shows it there. The address switch sits with register, its
 * closest neighbour.
 */
const SECTIONS: readonly { id: VoiceSectionId; dimensions: readonly DimensionId[] }[] = [
  { id: "tone", dimensions: ["warmth", "humor", "enthusiasm"] },
  { id: "register", dimensions: ["register"] },
  { id: "institutional", dimensions: ["institutional"] },
  { id: "length", dimensions: ["verbosity", "emoji"] },
];

/** The voice sliders and the address switch, in titled sections. */
export function VoicePanel() {
  const t = useMessages(editorMessages);
  return (
    <div className="ed-panel">
      <h2 className="ed-panel-title">{t.voice}</h2>
      <StartStatus />
      {SECTIONS.map((section) => (
        <Group key={section.id} title={t.sections[section.id]}>
          {section.dimensions.map((id) => (
            <DimensionSlider key={id} id={id} />
          ))}
          {section.id === "register" && <AddressSwitch />}
        </Group>
      ))}
    </div>
  );
}
