import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { ChatState, Turn } from "../stores/chat-store";
import type { EndpointState } from "../stores/endpoint-store";
import { UiLanguageProvider } from "../ui/i18n";
import type { ReviewSession } from "./review-session";

const ReviewContext = createContext<ReviewSession | null>(null);

/** The client's visit for every component below, in the language they chose to read it in. */
export function ReviewProvider({
  session,
  children,
}: {
  session: ReviewSession;
  children: ReactNode;
}) {
  return (
    <ReviewContext.Provider value={session}>
      <ReviewLanguage session={session}>{children}</ReviewLanguage>
    </ReviewContext.Provider>
  );
}

function ReviewLanguage({ session, children }: { session: ReviewSession; children: ReactNode }) {
  const language = useStore(session.language, (s) => s.ui);
  return <UiLanguageProvider language={language}>{children}</UiLanguageProvider>;
}

export function useReview(): ReviewSession {
  const session = useContext(ReviewContext);
  if (!session) throw new Error("useReview() outside <ReviewProvider>");
  return session;
}

export function useChat<T>(selector: (state: ChatState) => T): T {
  return useStore(useReview().preview.chat, selector);
}

export function useEndpoint<T>(selector: (state: EndpointState) => T): T {
  return useStore(useReview().preview.endpoint, selector);
}

const NO_TURNS: readonly Turn[] = [];

export function useTurns(): readonly Turn[] {
  const { persona } = useReview();
  return useChat((s) => s.conversations[persona.id] ?? NO_TURNS);
}

export function useRunning(): boolean {
  return useChat((s) => s.status === "submitted" || s.status === "streaming");
}
