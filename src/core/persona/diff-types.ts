/** The shape of a persona change (see ./diff.ts), apart so the words can use it without a cycle. */
import type { Address, DimensionId, Language } from "./constants";
import type { Example } from "./schema";

export type TextField =
  | "name"
  | "description"
  | "greeting"
  | "identity.assistantName"
  | "identity.role"
  | "identity.organization"
  | "identity.audience"
  | "identity.purpose"
  | "guardrails.escalation";

export type TermList = "prefer" | "avoid" | "avoidTopics";

export type PersonaChange =
  | { kind: "voice"; dimension: DimensionId; before: number; after: number }
  /** `language` is the persona's (after the change): it decides between tu/vous and formal. */
  | { kind: "address"; before: Address; after: Address; language: Language }
  | { kind: "language"; before: Language; after: Language }
  | { kind: "text"; field: TextField; before: string; after: string }
  | { kind: "terms"; list: TermList; added: string[]; removed: string[] }
  | { kind: "topicTriggers"; topic: string; added: string[]; removed: string[] }
  | { kind: "discloseAI"; before: boolean; after: boolean }
  | {
      kind: "example";
      change: "added" | "removed" | "edited";
      /** Position in the list the example belongs to: `after` for added/edited, `before` else. */
      index: number;
      before?: Example;
      after?: Example;
    }
  | { kind: "scenario"; change: "added" | "removed" | "edited"; name: string }
  /** Something under `extensions` other than the studio's own scenarios: another tool's data. */
  | { kind: "extensions"; keys: string[] };
