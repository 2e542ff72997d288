import type { EmulatorResponse, HeaderValue } from '../types.ts';
import type { Json } from './body.ts';

/** A mutable response under construction; handlers add cookies and headers as they go. */
export class ResponseBuilder {
  readonly headers: Record<string, HeaderValue> = {};
  private readonly cookies: string[] = [];

  setCookie(value: string): void {
    this.cookies.push(value);
  }

  header(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }

  private finish(status: number, body?: string): EmulatorResponse {
    const headers: Record<string, HeaderValue> = { ...this.headers };
    if (this.cookies.length) headers['set-cookie'] = [...this.cookies];
    return body === undefined ? { status, headers } : { status, headers, body };
  }

  json(status: number, payload: Json | object, contentType = 'application/json; charset=utf-8'): EmulatorResponse {
    this.headers['content-type'] = contentType;
    return this.finish(status, JSON.stringify(payload));
  }

  /**
   * Go's http.Redirect: `Location`, and for GET/HEAD a tiny HTML body.
   */
  redirect(method: string, location: string, status = 303): EmulatorResponse {
    this.headers['location'] = location;
    if (method === 'GET' || method === 'HEAD') {
      this.headers['content-type'] = 'text/html; charset=utf-8';
      const label = status === 302 ? 'Found' : status === 301 ? 'Moved Permanently' : status === 307 ? 'Temporary Redirect' : 'See Other';
      return this.finish(status, `<a href="${escapeHtml(location)}">${label}</a>.\n\n`);
    }
    return this.finish(status);
  }

  empty(status: number): EmulatorResponse {
    return this.finish(status);
  }

  raw(status: number, contentType: string, body: string): EmulatorResponse {
    this.headers['content-type'] = contentType;
    return this.finish(status, body);
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}
