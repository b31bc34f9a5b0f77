import { useUiLanguage } from "../studio-context";
import { PREVIEW_MESSAGES, type PreviewMessages } from "./messages";

// Apart from the tables: the review page reads PREVIEW_MESSAGES without the studio's context.
export function usePreviewMessages(): PreviewMessages {
  const [ui] = useUiLanguage();
  return PREVIEW_MESSAGES[ui];
}
