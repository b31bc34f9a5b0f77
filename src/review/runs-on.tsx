import { useRef, useState } from "react";
import { endpointHost } from "../stores/endpoint-store";
import { EndpointDialog } from "../ui/preview/endpoint-dialog";
import { useMessages } from "../ui/i18n";
import { reviewMessages } from "../ui/i18n/messages/review";
import { useEndpoint, useReview } from "./review-context";

/** Which model replies (or the offline rehearsal), and the way to connect the client's own. */
export function RunsOn() {
  const t = useMessages(reviewMessages);
  const { preview } = useReview();
  const provider = useEndpoint((s) => s.provider);
  const model = useEndpoint((s) => s.model);
  const baseURL = useEndpoint((s) => s.baseURL);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  return (
    <div className="rv-card rv-runs-on">
      <p>
        {t.repliesFrom}{" "}
        <strong>
          {provider === "rehearsal" ? t.offline : t.runsOn(model, endpointHost(baseURL))}
        </strong>
      </p>
      {provider === "rehearsal" && <p className="pv-hint">{t.offlineNote}</p>}
      <button
        ref={button}
        type="button"
        className="cm-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t.connect}
      </button>
      {open && (
        <EndpointDialog
          endpoint={preview.endpoint}
          testConnection={preview.testConnection}
          returnFocus={button}
          onClose={close}
        />
      )}
    </div>
  );
}
