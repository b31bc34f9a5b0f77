import type { RefObject } from "react";
import { EndpointDialog } from "./endpoint-dialog";
import { usePreview } from "./use-preview";

/** The studio preview's provider settings: the endpoint dialog on the studio's stores and language. */
export function SettingsDialog({
  returnFocus,
  onClose,
}: {
  returnFocus: RefObject<HTMLElement | null>;
  onClose(): void;
}) {
  const { endpoint, testConnection } = usePreview();
  return (
    <EndpointDialog
      endpoint={endpoint}
      testConnection={testConnection}
      returnFocus={returnFocus}
      onClose={onClose}
    />
  );
}
