/** One message of a previewed conversation (the system prompt is not part of it). */
export interface ChatMessage {
  role: "user" | "assistant";
  content: string;
}
