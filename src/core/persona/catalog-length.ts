/**
 * Verbosity: the target length of a reply, counted in sentences because a sentence is
 * a unit both a writer and a model can count, unlike words or tokens.
 */
import type { BandIndex } from "./bands";
import type { Dimension } from "./catalog-types";

/**
 * Target reply length per verbosity band, as [min, max] sentences, inclusive. Adjacent
 * ranges meet or share a sentence count, so no length falls between two bands. The top band
 * is capped at 10 rather than open-ended: "at least 7 sentences" invites padding.
 * Shared so the compiler (prompt wording) and the meter (measured length) agree.
 */
export const VERBOSITY_SENTENCES: Readonly<Record<BandIndex, readonly [min: number, max: number]>> =
  {
    0: [1, 1],
    1: [1, 2],
    2: [2, 3],
    3: [4, 6],
    4: [7, 10],
  };

/** Each example has a sentence count inside its band's VERBOSITY_SENTENCES range. */
export const VERBOSITY: Dimension = {
  id: "verbosity",
  label: { en: "Verbosity", fr: "Longueur" },
  poles: { low: { en: "Short", fr: "Court" }, high: { en: "Long", fr: "Long" } },
  group: "length",
  bands: [
    {
      name: { en: "Minimal", fr: "Minimal" },
      description: {
        en: "One sentence: the answer and nothing else.",
        fr: "Une phrase : la réponse, rien de plus.",
      },
      example: {
        en: "Click “Forgot password” on the sign-in page.",
        fr: "Cliquez sur « Mot de passe oublié » sur la page de connexion.",
      },
    },
    {
      name: { en: "Brief", fr: "Bref" },
      description: {
        en: "One or two sentences: the answer and the next step.",
        fr: "Une ou deux phrases : la réponse et l'étape suivante.",
      },
      example: {
        en: "Click “Forgot password” on the sign-in page. You'll receive a reset link by email.",
        fr: "Cliquez sur « Mot de passe oublié » sur la page de connexion. Vous recevrez un lien de réinitialisation par e-mail.",
      },
    },
    {
      name: { en: "Moderate", fr: "Modéré" },
      description: {
        en: "Two or three sentences: the answer with the context that matters.",
        fr: "Deux ou trois phrases : la réponse et le contexte utile.",
      },
      example: {
        en: "Click “Forgot password” on the sign-in page. You'll receive a reset link by email. The link is valid for 24 hours.",
        fr: "Cliquez sur « Mot de passe oublié » sur la page de connexion. Vous recevrez un lien de réinitialisation par e-mail. Ce lien est valable 24 heures.",
      },
    },
    {
      name: { en: "Detailed", fr: "Détaillé" },
      description: {
        en: "Four to six sentences: the steps and the main caveats.",
        fr: "Quatre à six phrases : les étapes et les principales précautions.",
      },
      example: {
        en: "Click “Forgot password” on the sign-in page. Enter the email address linked to your account. You'll receive a reset link within a few minutes, valid for 24 hours. Choose a new password of at least 12 characters. If the email doesn't arrive, check your spam folder.",
        fr: "Cliquez sur « Mot de passe oublié » sur la page de connexion. Saisissez l'adresse e-mail liée à votre compte. Vous recevrez en quelques minutes un lien de réinitialisation, valable 24 heures. Choisissez un nouveau mot de passe d'au moins 12 caractères. Si l'e-mail n'arrive pas, vérifiez vos courriers indésirables.",
      },
    },
    {
      name: { en: "Thorough", fr: "Exhaustif" },
      description: {
        en: "Seven to ten sentences: a full walk-through with caveats and alternatives.",
        fr: "Sept à dix phrases : une explication complète, avec précautions et solutions de repli.",
      },
      example: {
        en: "Click “Forgot password” on the sign-in page. Enter the email address linked to your account. You'll receive a reset link within a few minutes, valid for 24 hours. Choose a new password of at least 12 characters. If the email doesn't arrive, check your spam folder. Once the password is changed, sign in again as usual. For your security, your other devices will be signed out. If you still can't get in, contact support and we'll check your account with you.",
        fr: "Cliquez sur « Mot de passe oublié » sur la page de connexion. Saisissez l'adresse e-mail liée à votre compte. Vous recevrez en quelques minutes un lien de réinitialisation, valable 24 heures. Choisissez un nouveau mot de passe d'au moins 12 caractères. Si l'e-mail n'arrive pas, vérifiez vos courriers indésirables. Une fois le mot de passe modifié, reconnectez-vous normalement. Par sécurité, vos autres appareils seront déconnectés. Si vous n'arrivez toujours pas à vous connecter, contactez l'assistance et nous vérifierons votre compte avec vous.",
      },
    },
  ],
};
