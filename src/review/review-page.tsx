import { ErrorBoundary, FailureNotice } from "../ui/common/error-boundary";
import { useMessages } from "../ui/i18n";
import { reviewMessages } from "../ui/i18n/messages/review";
import { ReviewApp } from "./review-app";
import { ReviewProvider } from "./review-context";
import type { ReviewSession } from "./review-session";

/**
 * The client's whole page: their visit, in their language, and a plain message with "Reload"
 * in place of a blank page if something in it fails to render.
 */
export function ReviewPage({ session }: { session: ReviewSession }) {
  return (
    <ReviewProvider session={session}>
      <ErrorBoundary fallback={<PageFailed />}>
        <ReviewApp />
      </ErrorBoundary>
    </ReviewProvider>
  );
}

// The persona travels in the link, so a reload brings it back; the verdicts live in memory only.
function PageFailed() {
  return (
    <main className="rv-failed">
      <FailureNotice message={useMessages(reviewMessages).pageFailed} />
    </main>
  );
}
