import { Component, type ReactNode } from "react";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import "./common.css";

interface ErrorBoundaryProps {
  /** Shown in place of the children once one of them failed. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Catches what goes wrong below it (a render error, or lazily loaded code whose chunk could
 * not be fetched) and shows `fallback` in its place: the rest of the page keeps working.
 * Without one, React unmounts the whole page and leaves it blank.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * What went wrong, plainly, and "Reload". A fresh page fetches the code again (a deploy may
 * have replaced it); what the person was doing is already saved, or `message` says otherwise.
 */
export function FailureNotice({ message }: { message: string }) {
  const t = useMessages(commonMessages);
  return (
    <div role="alert" className="cm-notice cm-notice-problem">
      <p className="cm-notice-text">{message}</p>
      <div className="cm-notice-actions">
        <button type="button" className="cm-button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    </div>
  );
}
