import { describe, expect, test } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { fold } from "../text/fold";
import { asksWhatItIs, urgentSituation, wantsCallBack } from "./hand-over-cues";
import { detectIntent } from "./intents";

const persona = makePersona();

describe("an urgent situation", () => {
  test.each([
    "C'est urgent, il y a eu un accident.",
    "Au secours, mon voisin est blessé !",
    "Il y a une fuite de gaz dans l'immeuble.",
    "C'est une urgence, ma fille a fait un malaise.",
    "It's urgent, there's a burning smell from the router.",
    "This is an emergency, someone is bleeding.",
    "My router caught fire!",
  ])("%s", (text) => {
    expect(urgentSituation(fold(text))).toBe(true);
    expect(detectIntent(text, persona.language, persona)).toBe("urgent");
  });

  test.each([
    "Ce n'est pas urgent, mais j'ai une question.",
    "Aucune urgence : quand ouvrez-vous ?",
    "Est-ce dangereux de débrancher la box ?",
    "No rush, when is the next appointment?",
    "Is it dangerous to unplug the router?",
    "My Fire TV stick won't connect.",
    "J'ai eu un accident de voiture l'an dernier, suis-je couvert ?",
  ])("not: %s", (text) => {
    expect(urgentSituation(fold(text))).toBe(false);
  });
});

describe("asking whether the assistant is a bot or a person", () => {
  test.each([
    ["Tu es un robot ?", "machine"],
    ["Vous êtes humain ?", "person"],
    ["Est-ce que je parle à une vraie personne ?", "person"],
    ["C'est une IA qui me répond ?", "machine"],
    ["Are you a robot?", "machine"],
    ["Am I talking to a real person?", "person"],
    ["are you human", "person"],
    ["Are you a human or a bot?", "either"],
  ] as const)("%s → %s", (text, asked) => {
    expect(asksWhatItIs(fold(text))).toBe(asked);
    expect(detectIntent(text, persona.language, persona)).toBe("human");
  });

  test.each([
    "Je préfère une vraie personne, pas un robot.",
    "You stupid bot, you are good for nothing.",
    "Est-ce qu'une personne peut retirer ma carte à ma place ?",
    "Is it possible for a person to collect my card?",
    "Are you open on Saturday?",
    "C'est vrai que vous fermez samedi ?",
  ])("not: %s", (text) => {
    expect(asksWhatItIs(fold(text))).toBeUndefined();
  });
});

describe("asking to be called back is asking for a person", () => {
  test.each([
    "Vous pouvez me rappeler demain matin ?",
    "Rappelez-moi vite.",
    "Can someone call me back tomorrow morning?",
    "Could you ring me back?",
  ])("%s", (text) => {
    expect(wantsCallBack(fold(text))).toBe(true);
    expect(detectIntent(text, persona.language, persona)).toBe("human");
  });

  test.each(["Je dois rappeler la mairie ?", "I will call back later."])("not: %s", (text) => {
    expect(wantsCallBack(fold(text))).toBe(false);
  });
});
