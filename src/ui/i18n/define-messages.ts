/**
 * Typed message namespaces in English and French. The English object sets the shape; the
 * French one is checked against it, so a missing or extra key is a type error. A value is a
 * string, a function of the data it words (`(name: string) => string`), a plural made with
 * `plural()`, or a nested object of these.
 */
import type { UiLanguage } from "../../stores/settings-store";

export type { UiLanguage };
export const UI_LANGUAGES: readonly UiLanguage[] = ["en", "fr"];

/**
 * A count's forms, by CLDR plural category; "#" stands for the number. English needs
 * `one` and `other`; French also `many` (1 000 000 *de* réponses), and calls 0 and 1 `one`.
 */
export type PluralForms = { one: string; other: string } & Partial<
  Record<"zero" | "two" | "few" | "many", string>
>;

const PLURAL = Symbol("plural");

/** A plural message, resolved by `useMessages` into `(count: number) => string`. */
export interface Plural {
  readonly [PLURAL]: PluralForms;
}

export function plural(forms: PluralForms): Plural {
  return { [PLURAL]: forms };
}

export function isPlural(value: unknown): value is Plural {
  return typeof value === "object" && value !== null && PLURAL in value;
}

export function pluralForms(value: Plural): PluralForms {
  return value[PLURAL];
}

const rules = new Map<UiLanguage, Intl.PluralRules>();

/** The form of `forms` that `count` takes in `language`, its "#" replaced by the count. */
export function pluralize(language: UiLanguage, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)));
  // `other` stands in for a category a language never uses for counts (English "many").
  const form = forms[rule.select(count) as keyof PluralForms] ?? forms.other;
  return form.replaceAll("#", String(count));
}

export interface Namespace<E> {
  readonly en: E;
  readonly fr: E;
}

/** Both languages of one area's messages; the French object must have the English one's shape. */
export function defineMessages<E extends object>(messages: {
  en: E;
  fr: NoInfer<E>;
}): Namespace<E> {
  return messages;
}

/** A namespace's messages as components read them: each plural becomes a function of the count. */
export type Messages<E> = E extends Plural
  ? (count: number) => string
  : E extends (...args: never[]) => unknown
    ? E
    : E extends object
      ? { readonly [K in keyof E]: Messages<E[K]> }
      : E;

function resolve(value: unknown, language: UiLanguage): unknown {
  if (isPlural(value)) {
    const forms = pluralForms(value);
    return (count: number) => pluralize(language, count, forms);
  }
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, resolve(inner, language)]),
  );
}

// Resolved once per namespace and language: the same object on every render.
const resolved = new WeakMap<object, Partial<Record<UiLanguage, unknown>>>();

/** A namespace in one language, outside React (or where the language is given, not read). */
export function messagesIn<E>(namespace: Namespace<E>, language: UiLanguage): Messages<E> {
  let byLanguage = resolved.get(namespace);
  if (!byLanguage) resolved.set(namespace, (byLanguage = {}));
  return (byLanguage[language] ??= resolve(namespace[language], language)) as Messages<E>;
}

/** The messages of a namespace, as `useMessages(namespace)` returns them. */
export type MessagesOf<N> = N extends Namespace<infer E> ? Messages<E> : never;
