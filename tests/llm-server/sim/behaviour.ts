/**
 * How the simulated model behaves: faithful to its system prompt, or with slips a persona test
 * must catch. Written as a string for the command line and for tests, e.g.
 * `drifts-to-tu:5+uses-avoided:0.3:7`; `parseBehaviour` says in one line what is wrong with one.
 */

export interface Behaviour {
  /** From user turn `afterTurn + 1` on, the other address form (the `afterTurn`-th reply is still right). */
  drift?: { to: "tu" | "vous"; afterTurn: number };
  /** Each reply uses one of the persona's avoided words with this probability, drawn from `seed`. */
  avoided?: { probability: number; seed: number };
  /** A request for a person gets an answer without the route and without a person. */
  ignoresHandover?: boolean;
  /** Replies far past the persona's length. */
  long?: boolean;
}

export const FAITHFUL: Behaviour = Object.freeze({});

/** One line per behaviour word, for --help and the README. */
export const BEHAVIOUR_NOTES: readonly (readonly [string, string])[] = [
  ["faithful", "follows the system prompt (the default)"],
  ["drifts-to-tu:N", 'tutoiement (English: "Hey", "mate") from user turn N+1 on'],
  ["drifts-to-vous:N", 'vouvoiement (English: "sir or madam") from user turn N+1 on'],
  ["uses-avoided:P[:SEED]", "each reply uses an avoided word with probability P (seed 1)"],
  ["ignores-handover", "a request for a person gets no route and no person"],
  ["long", "replies far past the persona's length"],
];

export class BehaviourError extends Error {}

const NATURAL = /^\d+$/;
const PROBABILITY = /^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/;

function parsePart(part: string, behaviour: Behaviour): void {
  const [word = "", ...args] = part.split(":");
  const arity = (min: number, max: number) => {
    if (args.length < min || args.length > max)
      throw new BehaviourError(
        max === 0
          ? `"${word}" takes no value`
          : `"${word}" needs ${min === max ? "a value" : `${min} to ${max} values`}, e.g. ${
              word === "uses-avoided" ? "uses-avoided:0.3" : `${word}:3`
            }`,
      );
  };
  switch (word) {
    case "faithful":
      arity(0, 0);
      return;
    case "drifts-to-tu":
    case "drifts-to-vous": {
      arity(1, 1);
      const turn = args[0] ?? "";
      if (!NATURAL.test(turn))
        throw new BehaviourError(`"${part}": the turn must be a whole number, not "${turn}"`);
      if (behaviour.drift) throw new BehaviourError(`"${part}": only one drift at a time`);
      behaviour.drift = { to: word === "drifts-to-tu" ? "tu" : "vous", afterTurn: Number(turn) };
      return;
    }
    case "uses-avoided": {
      arity(1, 2);
      const [probability = "", seed = "1"] = args;
      if (!PROBABILITY.test(probability))
        throw new BehaviourError(
          `"${part}": the probability must be a number from 0 to 1, not "${probability}"`,
        );
      if (!NATURAL.test(seed))
        throw new BehaviourError(`"${part}": the seed must be a whole number, not "${seed}"`);
      behaviour.avoided = { probability: Number(probability), seed: Number(seed) };
      return;
    }
    case "ignores-handover":
      arity(0, 0);
      behaviour.ignoresHandover = true;
      return;
    case "long":
      arity(0, 0);
      behaviour.long = true;
      return;
    default:
      throw new BehaviourError(
        `unknown behaviour "${word}"; one of ${BEHAVIOUR_NOTES.map(([name]) => name).join(", ")}, joined with +`,
      );
  }
}

/** `faithful`, `drifts-to-tu:3`, `uses-avoided:0.3:7`, `long`… joined with `+`. */
export function parseBehaviour(text: string): Behaviour {
  const trimmed = text.trim();
  if (trimmed === "") throw new BehaviourError("empty behaviour; e.g. faithful or drifts-to-tu:3");
  const behaviour: Behaviour = {};
  for (const part of trimmed.split("+")) parsePart(part.trim(), behaviour);
  return behaviour;
}

/** The behaviour in its own grammar, for the startup text and test names. */
export function describeBehaviour(behaviour: Behaviour): string {
  const parts = [
    behaviour.drift ? `drifts-to-${behaviour.drift.to}:${behaviour.drift.afterTurn}` : "",
    behaviour.avoided
      ? `uses-avoided:${behaviour.avoided.probability}${behaviour.avoided.seed === 1 ? "" : `:${behaviour.avoided.seed}`}`
      : "",
    behaviour.ignoresHandover ? "ignores-handover" : "",
    behaviour.long ? "long" : "",
  ].filter(Boolean);
  return parts.length === 0 ? "faithful" : parts.join("+");
}

/**
 * Per-model behaviours from the command line: `faithful` (every model) or
 * `drifting-model=drifts-to-tu:3` (that model), repeatable; a later one wins for its model.
 */
export interface ModelBehaviours {
  all: Behaviour;
  byModel: Map<string, Behaviour>;
}

export function parseModelBehaviour(arg: string, into: ModelBehaviours): void {
  const equals = arg.indexOf("=");
  if (equals < 0) {
    into.all = parseBehaviour(arg);
    return;
  }
  const model = arg.slice(0, equals).trim();
  if (model === "") throw new BehaviourError(`"${arg}": the model name before "=" is empty`);
  into.byModel.set(model, parseBehaviour(arg.slice(equals + 1)));
}

export function behaviourFor(behaviours: ModelBehaviours): (model: string) => Behaviour {
  return (model) => behaviours.byModel.get(model) ?? behaviours.all;
}
