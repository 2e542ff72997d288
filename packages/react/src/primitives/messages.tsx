import type { AlertProps, MessageProps, MessagesProps } from '../components.tsx';
import { useComponents } from '../context.tsx';
import { cx } from '../util/cx.ts';

export function Message({ message }: MessageProps) {
  return (
    <p id={message.id} className={cx('ory-message', `ory-message--${message.kind}`)} data-message-id={message.uiText.id || undefined}>
      {message.text}
    </p>
  );
}

/**
 * A list of messages. Flow messages are announced: errors in a `role="alert"` region, info and success
 * in a polite `role="status"` region (both always present, so updates are read out).
 */
export function Messages({ messages, scope, id }: MessagesProps) {
  const C = useComponents();
  if (scope === 'node') {
    if (messages.length === 0) return null;
    return (
      <div className="ory-node-messages" id={id}>
        {messages.map((m) => (
          <C.Message key={m.id} message={m} />
        ))}
      </div>
    );
  }
  const errors = messages.filter((m) => m.kind === 'error');
  const others = messages.filter((m) => m.kind !== 'error');
  return (
    <div className="ory-messages" id={id} tabIndex={-1}>
      <div role="alert" className="ory-messages__errors">
        {errors.map((m) => (
          <C.Message key={m.id} message={m} />
        ))}
      </div>
      <div role="status" aria-live="polite" className="ory-messages__status">
        {others.map((m) => (
          <C.Message key={m.id} message={m} />
        ))}
      </div>
    </div>
  );
}

/** A problem with the request (network, timeout, server, csrf, expired…), with a retry button. */
export function Alert({ problem, title, onRetry, retryLabel }: AlertProps) {
  const detail = problem.message && problem.message !== title ? problem.message : undefined;
  return (
    <div className={cx('ory-alert', `ory-alert--${problem.kind}`)} role="alert">
      <div className="ory-alert__content">
        <p className="ory-alert__title">{title}</p>
        {detail ? <p className="ory-alert__detail">{detail}</p> : null}
        {problem.id ? (
          <p className="ory-alert__id">
            <code>{problem.id}</code>
          </p>
        ) : null}
      </div>
      {onRetry ? (
        <div className="ory-alert__actions">
          <button type="button" className="ory-button ory-button--secondary ory-alert__retry" onClick={onRetry}>
            <span className="ory-button__label">{retryLabel}</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
