import type { Language } from "../persona/constants";

/**
 * A scripted conversation: the user turns are replayed through the persona, one reply
 * each, so a designer can watch the same conversation change as the sliders move.
 */
export interface Scenario {
  /** Slug, unique among built-ins and the designer's own scenarios. */
  id: string;
  title: string;
  /** The language the user turns are written in. */
  language: Language;
  turns: string[];
}
