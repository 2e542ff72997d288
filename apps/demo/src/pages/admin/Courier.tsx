import { useAdminListCourierMessages } from '@orykit/react-query';
import { useState } from 'react';
import { ErrorNote, formatDate } from '../../ui.tsx';

/** A six-digit code in a message body (recovery and verification codes). */
const codeIn = (body: string | undefined) => /\b(\d{6})\b/.exec(body ?? '')?.[1];

/** `/admin/courier`: the messages Kratos' courier queued or sent (the emulator's outbox). */
export function CourierPage() {
  const [recipient, setRecipient] = useState('');
  const messages = useAdminListCourierMessages(recipient ? { recipient, per_page: 100 } : { per_page: 100 }, { refetchInterval: 3000 });
  const list = [...(messages.data ?? [])].sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
  return (
    <section className="demo-panel">
      <div className="demo-panel__head">
        <div>
          <h1>Courier</h1>
          <p className="demo-muted">Recovery and verification messages, newest first. Refreshes every few seconds.</p>
        </div>
        <label className="demo-field demo-field--inline">
          <span>Recipient</span>
          <input type="search" value={recipient} onChange={(e) => setRecipient(e.target.value.trim())} placeholder="someone@example.com" />
        </label>
      </div>
      <ErrorNote error={messages.error} />
      {messages.data && list.length === 0 ? <p className="demo-muted">No messages.</p> : null}
      <ul className="demo-messages" aria-label="Messages">
        {list.map((m) => {
          const code = codeIn(m.body);
          return (
            <li key={m.id} className="demo-message">
              <div className="demo-message__head">
                <strong>{m.subject}</strong>
                <span className={`demo-badge demo-badge--${m.status}`}>{m.status}</span>
              </div>
              <div className="demo-muted">
                to <span className="demo-mono">{m.recipient}</span> · {m.template_type} · {formatDate(m.created_at)}
              </div>
              {code ? (
                <p className="demo-message__code">
                  Code <code aria-label={`Code for ${m.recipient}`}>{code}</code>
                </p>
              ) : null}
              <details>
                <summary>Message</summary>
                <pre className="demo-code">{m.body}</pre>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
