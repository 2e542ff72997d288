import type { CourierMessage, TemplateType } from './types.ts';
import { rfc3339 } from '../../util/clock.ts';

export interface OutboxFilter {
  recipient?: string;
  status?: CourierMessage['status'];
  templateType?: TemplateType;
}

/** The courier outbox: every email Kratos would send lands here instead of an SMTP server. */
export class Outbox {
  readonly messages: CourierMessage[] = [];

  constructor(
    private readonly now: () => number,
    private readonly newId: () => string,
  ) {}

  add(m: { recipient: string; subject: string; body: string; template_type: TemplateType; data: CourierMessage['data'] }): CourierMessage {
    const at = rfc3339(this.now());
    const message: CourierMessage = {
      id: this.newId(),
      status: 'queued',
      type: 'email',
      recipient: m.recipient,
      subject: m.subject,
      body: m.body,
      template_type: m.template_type,
      data: m.data,
      send_count: 0,
      created_at: at,
      updated_at: at,
    };
    this.messages.push(message);
    return message;
  }

  /** Messages, newest first (Kratos' ListMessages orders by created_at DESC). */
  list(filter: OutboxFilter = {}): CourierMessage[] {
    return this.messages
      .filter(
        (m) =>
          (filter.recipient === undefined || m.recipient === filter.recipient) &&
          (filter.status === undefined || m.status === filter.status) &&
          (filter.templateType === undefined || m.template_type === filter.templateType),
      )
      .reverse();
  }

  /** The newest message to `recipient`, optionally of one template type. */
  latest(recipient: string, templateType?: TemplateType): CourierMessage | undefined {
    return this.list({ recipient, ...(templateType ? { templateType } : {}) })[0];
  }

  /** The code (recovery or verification) in the newest message to `recipient`. */
  latestCode(recipient: string): string | undefined {
    return this.list({ recipient }).find((m) => m.data.code)?.data.code;
  }

  /** The link in the newest message to `recipient`. */
  latestLink(recipient: string): string | undefined {
    return this.list({ recipient }).find((m) => m.data.url)?.data.url;
  }

  /** Marks queued messages as sent, as Kratos' courier worker would. */
  markSent(): void {
    for (const m of this.messages) {
      if (m.status === 'queued') {
        m.status = 'sent';
        m.send_count += 1;
        m.updated_at = rfc3339(this.now());
      }
    }
  }

  clear(): void {
    this.messages.length = 0;
  }
}
