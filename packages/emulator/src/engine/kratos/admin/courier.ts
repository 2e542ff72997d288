import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { oryError } from '../../errors.ts';
import { appendPath } from '../../http/url.ts';
import { paginate } from '../../http/pagination.ts';
import { writeError } from '../flows/common.ts';
import type { CourierMessage } from '../courier/types.ts';

const STATUSES = ['queued', 'sent', 'processing', 'abandoned'];

/** GET /admin/courier/messages?status=&recipient= (bodies shown: Kratos runs with --dev). */
export function listCourierMessages(ctx: RequestContext): EmulatorResponse {
  const status = ctx.query.get('status');
  if (status !== null && !STATUSES.includes(status)) {
    return writeError(ctx, oryError(400, { reason: 'Message status is not valid' }));
  }
  const recipient = ctx.query.get('recipient') || undefined;
  const list = ctx.env.outbox.list({ ...(status ? { status: status as CourierMessage['status'] } : {}), ...(recipient ? { recipient } : {}) });
  const page = paginate(ctx, list, appendPath(ctx.env.options.urls.kratosAdmin, '/admin/courier/messages'));
  return ctx.json(
    200,
    page.map((m) => ({
      id: m.id,
      status: m.status,
      type: m.type,
      recipient: m.recipient,
      body: m.body,
      subject: m.subject,
      template_type: m.template_type,
      send_count: m.send_count,
      created_at: m.created_at,
      updated_at: m.updated_at,
    })),
  );
}
