import type { AlertProps, MessageProps, MessagesProps, OryComponents, TranslatedMessage } from '../components.tsx';
import { useComponents, useTranslate } from '../context.tsx';
import { problemDetails } from '../flows/problem-text.ts';
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

/**
 * A node's messages through the `Messages` slot; nothing at all when there are none and the slot is the
 * default list (which renders nothing for them): a field or button without messages costs no component.
 */
export function nodeMessages(C: OryComponents, messages: TranslatedMessage[]) {
  return messages.length === 0 && C.Messages === Messages ? null : <C.Messages messages={messages} scope="node" />;
}

/**
 * A problem with the request (network, timeout, server, csrf, expired…): the sentence, one action, and the
 * technical details collapsed.
 */
export function Alert({ problem, title, details, action, onRetry, retryLabel }: AlertProps) {
  const tr = useTranslate();
  const lines = details ?? problemDetails(problem);
  const act = action ?? (onRetry ? { label: retryLabel, onClick: onRetry } : undefined);
  return (
    <div className={cx('ory-alert', `ory-alert--${problem.kind}`)} role="alert">
      <div className="ory-alert__content">
        <p className="ory-alert__title">{title}</p>
        {lines.length ? (
          <details className="ory-alert__details">
            <summary>{tr.t('ui.problem.details')}</summary>
            <pre>{lines.join('\n')}</pre>
          </details>
        ) : null}
      </div>
      {act ? (
        <div className="ory-alert__actions">
          {act.href !== undefined ? (
            <a className="ory-button ory-button--secondary ory-alert__retry" href={act.href}>
              {act.label}
            </a>
          ) : (
            <button type="button" className="ory-button ory-button--secondary ory-alert__retry" onClick={act.onClick}>
              {act.label}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}
