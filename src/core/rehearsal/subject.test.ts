/**
 * The subject of everyday messages, written for this test (none comes from the rule lists):
 * what the finder extracts, said back in each address form, and that the reply takes it up
 * instead of asking what the message is about.
 */
import { describe, expect, test } from "vitest";
import type { Persona } from "../persona/schema";
import { englishRehearsalPersona, rehearsalPersona } from "../../../tests/helpers/rehearsal";
import { rehearse } from "./rehearse";
import { findSubject, sayBack } from "./subject";
import { SUBJECT_EN } from "./subject-en";
import { SUBJECT_FR } from "./subject-fr";

/** Message, subject said back with "vous", subject said back with "tu". */
const FRENCH: readonly (readonly [string, string, string])[] = [
  [
    "J'ai perdu ma carte d'identité, comment la refaire ?",
    "votre carte d'identité",
    "ta carte d'identité",
  ],
  ["Comment renouveler mon passeport ?", "votre passeport", "ton passeport"],
  [
    "Comment obtenir un permis de construire ?",
    "votre permis de construire",
    "ton permis de construire",
  ],
  [
    "Je n'ai pas reçu ma facture de septembre.",
    "votre facture de septembre",
    "ta facture de septembre",
  ],
  ["J'ai oublié mon mot de passe.", "votre mot de passe", "ton mot de passe"],
  [
    "Je voudrais une copie de mon acte de naissance.",
    "une copie de votre acte de naissance",
    "une copie de ton acte de naissance",
  ],
  ["Je voudrais prendre un rendez-vous.", "votre rendez-vous", "ton rendez-vous"],
  ["Mon colis n'est toujours pas arrivé.", "votre colis", "ton colis"],
  [
    "Comment changer mon adresse de livraison ?",
    "votre adresse de livraison",
    "ton adresse de livraison",
  ],
  [
    "Quels sont les horaires de la médiathèque ?",
    "les horaires de la médiathèque",
    "les horaires de la médiathèque",
  ],
  [
    "Je cherche le formulaire de demande de logement.",
    "le formulaire de demande de logement",
    "le formulaire de demande de logement",
  ],
  ["Ma carte grise est périmée, que faire ?", "votre carte grise", "ta carte grise"],
  ["Comment inscrire ma fille à la cantine ?", "la cantine", "la cantine"],
  [
    "Où en est mon dossier de demande de logement ?",
    "votre dossier de demande de logement",
    "ton dossier de demande de logement",
  ],
  ["Je voudrais résilier mon abonnement.", "votre abonnement", "ton abonnement"],
  ["Mon virement n'est jamais arrivé.", "votre virement", "ton virement"],
  [
    "Comment activer ma nouvelle carte bancaire ?",
    "votre nouvelle carte bancaire",
    "ta nouvelle carte bancaire",
  ],
  [
    "Je voudrais modifier mon rendez-vous de jeudi.",
    "votre rendez-vous de jeudi",
    "ton rendez-vous de jeudi",
  ],
  [
    "Quel est le délai pour une demande de passeport ?",
    "votre demande de passeport",
    "ta demande de passeport",
  ],
  [
    "J'ai besoin d'un extrait de casier judiciaire.",
    "votre extrait de casier judiciaire",
    "ton extrait de casier judiciaire",
  ],
  ["Ma box ne marche plus depuis hier.", "votre box", "ta box"],
  ["Je voudrais un devis pour des travaux.", "votre devis", "ton devis"],
  ["Où trouver mon numéro fiscal ?", "votre numéro fiscal", "ton numéro fiscal"],
  [
    "Comment déclarer la naissance de mon fils ?",
    "la naissance de votre fils",
    "la naissance de ton fils",
  ],
  ["Je souhaite annuler ma réservation.", "votre réservation", "ta réservation"],
  [
    "Ma facture d'électricité est trop élevée.",
    "votre facture d'électricité",
    "ta facture d'électricité",
  ],
  ["Je n'arrive pas à télécharger mon attestation.", "votre attestation", "ton attestation"],
  ["Comment payer ma taxe foncière ?", "votre taxe foncière", "ta taxe foncière"],
  [
    "Où déposer mon dossier de candidature ?",
    "votre dossier de candidature",
    "ton dossier de candidature",
  ],
  ["Mon compte est bloqué depuis ce matin.", "votre compte", "ton compte"],
  [
    "Pouvez-vous m'envoyer le relevé de mon compte ?",
    "le relevé de votre compte",
    "le relevé de ton compte",
  ],
  ["Je ne retrouve plus mon numéro de client.", "votre numéro de client", "ton numéro de client"],
  ["Quand sera livrée ma commande ?", "votre commande", "ta commande"],
  [
    "Je veux contester une amende de stationnement.",
    "votre amende de stationnement",
    "ton amende de stationnement",
  ],
  [
    "Comment récupérer mon permis de conduire ?",
    "votre permis de conduire",
    "ton permis de conduire",
  ],
  ["J'ai reçu un courrier des impôts.", "votre courrier des impôts", "ton courrier des impôts"],
  [
    "Mon remboursement de lunettes n'est pas arrivé.",
    "votre remboursement de lunettes",
    "ton remboursement de lunettes",
  ],
  ["Comment mettre à jour ma carte vitale ?", "votre carte vitale", "ta carte vitale"],
  [
    "Je voudrais un certificat de scolarité pour mon fils.",
    "votre certificat de scolarité",
    "ton certificat de scolarité",
  ],
  [
    "Le lien de l'application ne fonctionne pas.",
    "le lien de l'application",
    "le lien de l'application",
  ],
  [
    "Comment faire une demande d'aide au logement ?",
    "votre demande d'aide au logement",
    "ta demande d'aide au logement",
  ],
  ["J'ai un problème avec ma carte de cantine.", "votre carte de cantine", "ta carte de cantine"],
];

/** Message and subject said back (English says "your" in both address forms). */
const ENGLISH: readonly (readonly [string, string])[] = [
  ["How do I reset my router?", "your router"],
  ["I lost my passport, what should I do?", "your passport"],
  ["Where is my parcel?", "your parcel"],
  ["I can't remember my password.", "your password"],
  ["How do I book an appointment?", "your appointment"],
  ["I haven't received my invoice for March.", "your invoice"],
  ["Can I get a copy of my birth certificate?", "your birth certificate"],
  ["I'd like to renew my parking permit.", "your parking permit"],
  ["My internet connection keeps dropping.", "your internet connection"],
  ["How do I apply for a building permit?", "your building permit"],
  ["Which documents do I need for a visa application?", "your visa application"],
  ["My card was declined at the shop.", "your card"],
  ["I want to change my delivery address.", "your delivery address"],
  ["When will my order arrive?", "your order"],
  ["I need a replacement charger.", "your replacement charger"],
  ["My bank transfer hasn't arrived yet.", "your bank transfer"],
  ["How can I update my email address?", "your email address"],
  ["I'd like to cancel my gym membership.", "your gym membership"],
  ["There is an error on my electricity bill.", "your electricity bill"],
  ["How do I register for the school trip?", "the school trip"],
  ["Is the library open on Sundays?", "the library"],
  ["I forgot my card PIN.", "your card PIN"],
  ["My boiler stopped working last night.", "your boiler"],
  ["Can you send me the rental contract?", "the rental contract"],
  ["How long does a passport renewal take?", "your passport renewal"],
  ["My tablet screen is cracked.", "your tablet screen"],
  ["I need to reschedule my dentist appointment.", "your dentist appointment"],
  ["Where can I find my tax reference number?", "your tax reference number"],
  ["My account has been locked.", "your account"],
  ["I want a refund for my train ticket.", "your train ticket"],
  ["How do I get a resident parking permit?", "your resident parking permit"],
  ["My Wi-Fi password doesn't work.", "your Wi-Fi password"],
  ["Can I change the date of my booking?", "your booking"],
  ["I still haven't got my student card.", "your student card"],
  ["My pension payment is late.", "your pension payment"],
  ["How do I top up my travel card?", "your travel card"],
  ["I'd like to book a museum tour.", "your museum tour"],
  ["My health insurance card hasn't arrived.", "your health insurance card"],
  // "hours" is a generic head: the thing asked about is the library.
  ["What are the opening hours of the library?", "the library"],
  ["My water meter is leaking.", "your water meter"],
  ["I'd like to update my billing address.", "your billing address"],
];

/** What a reply says when it does not know what the message is about. */
const ASKS_WHAT =
  /préciser ce que|quelques précisions|reformuler|what you are looking for|few (?:further )?details|rephrase/i;

describe("the subject of a message", () => {
  test.each(FRENCH)("%s → %s / %s", (message, formal, informal) => {
    const subject = findSubject(message, SUBJECT_FR);
    expect(subject && sayBack(subject, SUBJECT_FR, false)).toBe(formal);
    expect(subject && sayBack(subject, SUBJECT_FR, true)).toBe(informal);
  });

  test.each(ENGLISH)("%s → %s", (message, said) => {
    const subject = findSubject(message, SUBJECT_EN);
    expect(subject && sayBack(subject, SUBJECT_EN, false)).toBe(said);
  });

  test.each([
    ["fr", "Je préfère une vraie personne, pas un robot."],
    ["fr", "J'ai une question."],
    ["fr", "Ça fait trois semaines que j'attends et toujours rien."],
    ["fr", "Comment la refaire ?"],
    ["fr", "Je peux l'envoyer depuis mon téléphone ?"],
    ["fr", "C'est une honte."],
    ["en", "This is a joke."],
    ["en", "I have a problem."],
    ["en", "Can someone call me back tomorrow morning?"],
    ["en", "I want this sorted quickly."],
    ["fr", "How do I reset my router?"],
    ["en", "Comment renouveler mon passeport ?"],
  ] as const)("%s: %s names no subject", (language, message) => {
    expect(findSubject(message, language === "fr" ? SUBJECT_FR : SUBJECT_EN)).toBeUndefined();
  });
});

describe("the reply takes the subject up, in the persona's address", () => {
  const personas: readonly (readonly [
    string,
    (voice: Partial<Persona["voice"]>) => Persona,
    readonly (readonly [string, string])[],
  ])[] = [
    [
      "fr, vous",
      (voice) => rehearsalPersona({ voice }),
      FRENCH.map(([message, formal]) => [message, formal] as const),
    ],
    [
      "fr, tu",
      (voice) => rehearsalPersona({ address: "informal", voice }),
      FRENCH.map(([message, , informal]) => [message, informal] as const),
    ],
    ["en", (voice) => englishRehearsalPersona({ voice }), ENGLISH],
  ];

  test.each(personas)(
    "%s: at every length and warmth, and without asking what it is about",
    (_, make, cases) => {
      const missed: string[] = [];
      for (const voice of [
        { verbosity: 0, warmth: 0 },
        { verbosity: 50, warmth: 50 },
        { verbosity: 100, warmth: 100 },
      ]) {
        for (const [message, subject] of cases) {
          const text = rehearse(make(voice), [{ role: "user", content: message }]).text;
          if (!text.toLowerCase().includes(subject.toLowerCase()) || ASKS_WHAT.test(text))
            missed.push(`${message} → ${text}`);
        }
      }
      expect(missed).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(40);
    },
  );

  test("a message that names nothing takes up the subject of the message before it", () => {
    const persona = rehearsalPersona();
    const messages = [
      { role: "user" as const, content: "Je voudrais commander une nouvelle carte bancaire." },
      { role: "assistant" as const, content: "Nous pouvons vous aider." },
      { role: "user" as const, content: "Combien de temps faut-il pour la recevoir ?" },
    ];
    expect(rehearse(persona, messages).text).toContain("votre nouvelle carte bancaire");
    // Alone, it has nothing to take up: the reply asks.
    expect(rehearse(persona, messages.slice(2)).text).not.toContain("carte");
  });
});
