/**
 * The preview's reply cache now lives with the providers (providers/reply-cache.ts), where the
 * persona tests' reply function builds the same key; this keeps the stores' imports unchanged.
 */
export {
  REPLY_CACHE_LIMIT,
  REHEARSAL_PARAMS,
  createReplyCache,
  readsPersona,
  replyHead,
  replyKey,
  type ReplyCache,
  type ReplyCacheLike,
  type ReplyKeyParts,
} from "../providers/reply-cache";
