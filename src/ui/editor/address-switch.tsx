import { useId } from "react";
import { setAddress } from "../../core/persona/edits";
import { ADDRESS_FORMS } from "../../core/persona/constants";
import { useStudio } from "../studio-context";
import { useMessages } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { usePersonaSlice } from "./use-persona-slice";
import { WarningNotes } from "./warning-notes";

/**
 * Tu or vous: a pair of native radio buttons, so arrow keys move between them and the
 * choice is announced as "1 of 2". The English labels spell out both conventions,
 * since an English-speaking designer may be shaping a French persona.
 */
export function AddressSwitch() {
  const studio = useStudio();
  const t = useMessages(editorMessages);
  const address = usePersonaSlice((p) => p.address);
  const legendId = useId();
  const warningsId = useId();
  const name = useId();
  if (address === undefined) return null;

  return (
    <fieldset
      role="radiogroup"
      className="ed-address"
      aria-labelledby={legendId}
      aria-describedby={warningsId}
    >
      <legend id={legendId} className="ed-label">
        {t.address}
      </legend>
      <div className="ed-address-options">
        {ADDRESS_FORMS.map((form) => (
          <label key={form} className="ed-address-option">
            <input
              type="radio"
              name={name}
              value={form}
              checked={address === form}
              onChange={() => studio.edit(setAddress(form))}
            />
            <span>{t[form]}</span>
          </label>
        ))}
      </div>
      <WarningNotes id={warningsId} path="address" />
    </fieldset>
  );
}
