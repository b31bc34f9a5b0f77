import { useStore } from "zustand";
import { useLibrary, useStudio } from "../studio-context";
import type { Persona } from "../../core/persona/schema";
import { previewOf, type Preview } from "../../stores/preview";
import type { ChatState, Turn } from "../../stores/chat-store";
import type { EndpointState } from "../../stores/endpoint-store";

const NO_TURNS: readonly Turn[] = [];

/** The studio's preview stores (created on first use, kept when the panel unmounts). */
export function usePreview(): Preview {
  return previewOf(useStudio());
}

export function useChat<T>(selector: (state: ChatState) => T): T {
  return useStore(usePreview().chat, selector);
}

export function useEndpoint<T>(selector: (state: EndpointState) => T): T {
  return useStore(usePreview().endpoint, selector);
}

/** The open persona's conversation. */
export function useTurns(personaId: string | undefined): readonly Turn[] {
  return useChat((s) =>
    personaId === undefined ? NO_TURNS : (s.conversations[personaId] ?? NO_TURNS),
  );
}

/** A run is in flight (or a live rerun is about to start) for this persona. */
export function useRunning(personaId: string | undefined): boolean {
  return useChat(
    (s) =>
      s.runPersonaId === personaId &&
      (s.status === "submitted" || s.status === "streaming" || s.liveWaiting),
  );
}

/**
 * One value derived from the open persona. The preview re-renders when that value changes,
 * not on every slider step: `select` must return primitives or referentially stable values.
 */
export function useOpenField<T>(select: (persona: Persona) => T): T | undefined {
  return useLibrary((s) => {
    const persona = s.openId === null ? undefined : s.entries[s.openId]?.persona;
    return persona && select(persona);
  });
}
