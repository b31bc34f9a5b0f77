/**
 * English address alone: how a text names its reader (title or first name). Its own module
 * so that the rehearsal, which checks English sentences this way and French ones with the
 * quick slip check, does not carry the French reading onto the first screen.
 */
import type { AddressReading } from "../types";
import { resolveAddress } from "./cue";
import { englishAddressCues } from "./cues-en";

export function englishAddressForm(text: string): AddressReading {
  return resolveAddress(englishAddressCues(text)).form;
}
