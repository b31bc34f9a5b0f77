import type { TestTarget } from "../../core/persona-tests/types";
import { endpointHost } from "../../stores/endpoint-store";
import type { MessagesOf } from "../i18n";
import type { testsMessages } from "../i18n/messages/tests";

/** A target as the view names it: the runner's label is English, the view speaks both. */
export function targetLabel(target: TestTarget, t: MessagesOf<typeof testsMessages>): string {
  return target.kind === "offline"
    ? t.offline
    : t.onEndpoint(target.model, endpointHost(target.baseURL));
}
