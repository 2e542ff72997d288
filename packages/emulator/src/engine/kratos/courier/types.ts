export type TemplateType =
  | 'recovery_invalid'
  | 'recovery_valid'
  | 'recovery_code_invalid'
  | 'recovery_code_valid'
  | 'verification_invalid'
  | 'verification_valid'
  | 'verification_code_invalid'
  | 'verification_code_valid';

/** A message in the courier outbox (Kratos' courier.Message). */
export interface CourierMessage {
  id: string;
  status: 'queued' | 'sent' | 'processing' | 'abandoned';
  type: 'email';
  recipient: string;
  subject: string;
  /** The plain-text body, as Kratos stores it. */
  body: string;
  template_type: TemplateType;
  /** Template variables (not sent by Kratos' API; handy in tests). */
  data: { code?: string; url?: string };
  send_count: number;
  created_at: string;
  updated_at: string;
}
