import type { ProviderFailure } from "../../providers/errors";
import type { MessagesOf } from "../i18n";
import type { providerErrorMessages } from "../i18n/messages/provider-errors";

/** A failed reply in words: a title, and what happened and what to do, the endpoint's own words last. */
export function failureText(
  failure: ProviderFailure,
  t: MessagesOf<typeof providerErrorMessages>,
): { title: string; detail: string } {
  const { title, detail } = t.kinds[failure.kind](failure);
  return {
    title,
    detail: failure.serverMessage ? detail + t.serverSaid(failure.serverMessage) : detail,
  };
}
