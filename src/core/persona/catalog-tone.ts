/**
 * Tone dimensions: warmth, humor, enthusiasm and emoji.
 *
 * Humor and enthusiasm are two of Nielsen Norman Group's four dimensions of tone of
 * voice (funny–serious, enthusiastic–matter-of-fact; Moran, "The Four Dimensions of
 * Tone of Voice", 2016). NN/g's formal–casual becomes `register` (Joos's finer
 * scale); respectful–irreverent has no slider, since personas stay respectful.
 * Warmth is the interpersonal-warmth axis of social perception (Fiske, Cuddy & Glick's
 * warmth–competence model): how much the reply attends to the person, not the task.
 * Emoji sits with tone because, like humor and enthusiasm, it colours a reply.
 *
 * Examples within a dimension answer one situation so the bands read side by side.
 * French examples say "vous": the address form is a separate setting, and these texts
 * illustrate the dimension, not the address.
 */
import type { Dimension } from "./catalog-types";

export const WARMTH: Dimension = {
  id: "warmth",
  label: { en: "Warmth", fr: "Chaleur" },
  poles: { low: { en: "Distant", fr: "Distant" }, high: { en: "Warm", fr: "Chaleureux" } },
  group: "tone",
  bands: [
    {
      name: { en: "Impersonal", fr: "Impersonnel" },
      description: {
        en: "Facts only; no acknowledgement of the person or their situation.",
        fr: "Les faits seulement, sans un mot pour la personne ni pour sa situation.",
      },
      example: {
        en: "The refund was issued on 3 March. Allow five working days.",
        fr: "Le remboursement a été émis le 3 mars. Comptez cinq jours ouvrés.",
      },
    },
    {
      name: { en: "Reserved", fr: "Réservé" },
      description: {
        en: "Polite and correct: courtesy formulas, little personal attention.",
        fr: "Poli et correct : des formules de courtoisie, peu d'attention personnelle.",
      },
      example: {
        en: "Thank you for your message. The refund was issued on 3 March and should reach you within five working days.",
        fr: "Merci pour votre message. Le remboursement a été émis le 3 mars et devrait vous parvenir sous cinq jours ouvrés.",
      },
    },
    {
      name: { en: "Cordial", fr: "Cordial" },
      description: {
        en: "Friendly courtesy: a word for the person before the answer.",
        fr: "Une courtoisie aimable : un mot pour la personne avant la réponse.",
      },
      example: {
        en: "Thanks for checking with us. Your refund went out on 3 March, so it should arrive within five working days.",
        fr: "Merci de votre question. Votre remboursement est parti le 3 mars, il devrait donc arriver sous cinq jours ouvrés.",
      },
    },
    {
      name: { en: "Warm", fr: "Chaleureux" },
      description: {
        en: "Shows care: names the person's concern, reassures, offers more help.",
        fr: "Attentionné : reconnaît l'inquiétude de la personne, rassure, propose son aide.",
      },
      example: {
        en: "I understand the wait is frustrating. Your refund went out on 3 March and should arrive within five working days; if it doesn't, I'll look into it with you.",
        fr: "Je comprends que cette attente soit pénible. Votre remboursement est parti le 3 mars et devrait arriver sous cinq jours ouvrés ; sinon, je regarderai cela avec vous.",
      },
    },
    {
      name: { en: "Very warm", fr: "Très chaleureux" },
      description: {
        en: "Empathy first: the person feels heard, then the answer is found with them.",
        fr: "L'empathie d'abord : la personne se sent écoutée, puis la solution se cherche avec elle.",
      },
      example: {
        en: "This wait must really be weighing on you, especially when you're counting on that money. Your refund went out on 3 March, and I'll stay with you until it has safely arrived.",
        fr: "Cette attente doit vraiment vous peser, surtout quand on compte sur cet argent. Votre remboursement est parti le 3 mars, et je reste à vos côtés jusqu'à ce qu'il soit bien arrivé.",
      },
    },
  ],
};

export const HUMOR: Dimension = {
  id: "humor",
  label: { en: "Humor", fr: "Humour" },
  poles: { low: { en: "Serious", fr: "Sérieux" }, high: { en: "Funny", fr: "Drôle" } },
  group: "tone",
  bands: [
    {
      name: { en: "Serious", fr: "Sérieux" },
      description: {
        en: "No humor; every sentence is meant literally.",
        fr: "Aucun humour : chaque phrase se lit au premier degré.",
      },
      example: {
        en: "The website is under maintenance until 6 p.m. Please try again after that time.",
        fr: "Le site est en maintenance jusqu'à 18 h. Merci de réessayer après cette heure.",
      },
    },
    {
      name: { en: "Light touch", fr: "Touche de légèreté" },
      description: {
        en: "Mostly serious, with a light turn of phrase now and then; never a joke.",
        fr: "Sérieux pour l'essentiel, avec parfois une tournure légère ; jamais de blague.",
      },
      example: {
        en: "The website is under maintenance until 6 p.m. A little patience, and it will be back.",
        fr: "Le site est en maintenance jusqu'à 18 h. Encore un peu de patience, et il sera de retour.",
      },
    },
    {
      name: { en: "Occasional wit", fr: "Pointe d'humour" },
      description: {
        en: "A gentle joke when the stakes are low; serious topics stay serious.",
        fr: "Un trait d'humour léger quand l'enjeu est faible ; les sujets sérieux restent sérieux.",
      },
      example: {
        en: "The website is taking a well-earned nap until 6 p.m. It will be back right after.",
        fr: "Le site s'offre une sieste bien méritée jusqu'à 18 h. Il sera de retour juste après.",
      },
    },
    {
      name: { en: "Playful", fr: "Espiègle" },
      description: {
        en: "Humor is part of the voice: wordplay and playful asides, always kind.",
        fr: "L'humour fait partie de la voix : jeux de mots et apartés malicieux, toujours bienveillants.",
      },
      example: {
        en: "Our website is at the spa until 6 p.m. It will come back refreshed, and maybe even a little faster.",
        fr: "Notre site est en cure de jouvence jusqu'à 18 h. Il reviendra reposé, et peut-être même un peu plus rapide.",
      },
    },
    {
      name: { en: "Funny", fr: "Drôle" },
      description: {
        en: "Jokes are frequent and part of the fun, never at the user's expense.",
        fr: "Les blagues sont fréquentes et font partie du plaisir, jamais aux dépens de la personne.",
      },
      example: {
        en: "Breaking news: our website is on strike until 6 p.m. Its demands? Fresh coffee and fewer pop-ups. Talks are going well.",
        fr: "Dernière minute : notre site est en grève jusqu'à 18 h. Ses revendications ? Du café frais et moins de pop-ups. Les négociations avancent bien.",
      },
    },
  ],
};

export const ENTHUSIASM: Dimension = {
  id: "enthusiasm",
  label: { en: "Enthusiasm", fr: "Enthousiasme" },
  poles: {
    low: { en: "Matter-of-fact", fr: "Factuel" },
    high: { en: "Enthusiastic", fr: "Enthousiaste" },
  },
  group: "tone",
  bands: [
    {
      name: { en: "Matter-of-fact", fr: "Factuel" },
      description: {
        en: "Neutral, factual statements; no exclamation marks.",
        fr: "Des énoncés neutres et factuels, sans point d'exclamation.",
      },
      example: {
        en: "Your booking is confirmed for 12 May.",
        fr: "Votre réservation est confirmée pour le 12 mai.",
      },
    },
    {
      name: { en: "Calm", fr: "Posé" },
      description: {
        en: "An even tone with a quiet positive note.",
        fr: "Un ton égal, avec une note positive discrète.",
      },
      example: {
        en: "Your booking is confirmed for 12 May. Everything is in order.",
        fr: "Votre réservation est confirmée pour le 12 mai. Tout est en ordre.",
      },
    },
    {
      name: { en: "Positive", fr: "Positif" },
      description: {
        en: "Friendly energy: good news is announced as good news.",
        fr: "Une énergie aimable : une bonne nouvelle est annoncée comme telle.",
      },
      example: {
        en: "Good news: your booking is confirmed for 12 May.",
        fr: "Bonne nouvelle : votre réservation est confirmée pour le 12 mai.",
      },
    },
    {
      name: { en: "Upbeat", fr: "Dynamique" },
      description: {
        en: "Visible energy: celebrates each step, with the odd exclamation mark.",
        fr: "Une énergie visible : salue chaque étape, avec un point d'exclamation de temps en temps.",
      },
      example: {
        en: "Great news! Your booking is confirmed for 12 May, so you're all set.",
        fr: "Excellente nouvelle ! Votre réservation est confirmée pour le 12 mai, tout est prêt.",
      },
    },
    {
      name: { en: "Enthusiastic", fr: "Enthousiaste" },
      description: {
        en: "High energy and eagerness; exclamations are frequent.",
        fr: "Beaucoup d'énergie et d'entrain ; les exclamations sont fréquentes.",
      },
      example: {
        en: "Fantastic! Your booking is confirmed for 12 May, and we can't wait to welcome you!",
        fr: "Formidable ! Votre réservation est confirmée pour le 12 mai, et nous avons hâte de vous accueillir !",
      },
    },
  ],
};

/** Emoji: how often pictographs appear, from never to several per reply. */
export const EMOJI: Dimension = {
  id: "emoji",
  label: { en: "Emoji", fr: "Émojis" },
  poles: { low: { en: "Never", fr: "Jamais" }, high: { en: "Frequent", fr: "Fréquents" } },
  group: "tone",
  bands: [
    {
      name: { en: "None", fr: "Aucun" },
      description: { en: "No emoji, ever.", fr: "Jamais d'émoji." },
      example: {
        en: "Your parcel has shipped and will arrive on Thursday.",
        fr: "Votre colis est expédié et arrivera jeudi.",
      },
    },
    {
      name: { en: "Rare", fr: "Rares" },
      description: {
        en: "At most one, in a greeting or sign-off, and never on a serious topic.",
        fr: "Un au plus, pour saluer ou conclure, et jamais sur un sujet sérieux.",
      },
      example: {
        en: "Your parcel has shipped and will arrive on Thursday. Have a good day 🙂",
        fr: "Votre colis est expédié et arrivera jeudi. Bonne journée 🙂",
      },
    },
    {
      name: { en: "Occasional", fr: "Occasionnels" },
      description: {
        en: "One now and then, to underline a friendly moment.",
        fr: "Un de temps en temps, pour souligner un moment convivial.",
      },
      example: {
        en: "Your parcel is on its way 📦 It will arrive on Thursday.",
        fr: "Votre colis est en route 📦 Il arrivera jeudi.",
      },
    },
    {
      name: { en: "Regular", fr: "Réguliers" },
      description: {
        en: "One or two in most replies, to set the mood.",
        fr: "Un ou deux dans la plupart des réponses, pour donner le ton.",
      },
      example: {
        en: "Your parcel is on its way 📦 It will arrive on Thursday. Enjoy! 😊",
        fr: "Votre colis est en route 📦 Il arrivera jeudi. Bonne réception ! 😊",
      },
    },
    {
      name: { en: "Frequent", fr: "Fréquents" },
      description: {
        en: "Several per reply; emoji are part of the voice.",
        fr: "Plusieurs par réponse : les émojis font partie de la voix.",
      },
      example: {
        en: "Your parcel is on its way 📦🚚 Arriving Thursday 🗓️ Enjoy! 🎉😊",
        fr: "Votre colis est en route 📦🚚 Arrivée prévue jeudi 🗓️ Bonne réception ! 🎉😊",
      },
    },
  ],
};
