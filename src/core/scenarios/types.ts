import type { Language } from "../persona/constants";
import type { Expectation } from "./expectations";

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
  /**
   * What the designer expects of the reply to each turn, by the turn's index (a shorter list
   * leaves the last turns with the derived checks only): docs/persona-tests.md.
   */
  expectations?: Expectation[][];
}
