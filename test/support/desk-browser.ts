/** A tiny cookie-keeping client for the message desk's tests: real HTTP, no redirects followed. */
export interface Page {
  status: number;
  headers: Headers;
  text: string;
  setCookies: string[];
  location: string | null;
}

export class DeskBrowser {
  readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  async request(method: string, path: string, form?: Record<string, string> | string, headers: Record<string, string> = {}): Promise<Page> {
    const sent: Record<string, string> = { ...headers };
    if (this.cookies.size && !('cookie' in sent)) sent['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (form !== undefined) {
      body = typeof form === 'string' ? form : new URLSearchParams(form).toString();
      sent['content-type'] ??= 'application/x-www-form-urlencoded';
    }
    const response = await fetch(new URL(path, this.origin), { method, headers: sent, redirect: 'manual', ...(body !== undefined ? { body } : {}) });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const pair = line.split(';')[0]!;
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      if (/Max-Age=0\b/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
    return { status: response.status, headers: response.headers, text: await response.text(), setCookies, location: response.headers.get('location') };
  }

  get(path: string): Promise<Page> {
    return this.request('GET', path);
  }

  post(path: string, form: Record<string, string> | string, headers?: Record<string, string>): Promise<Page> {
    return this.request('POST', path, form, headers);
  }

  /** The CSRF token of the first form on a page. */
  static csrf(page: Page): string {
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
    if (!token) throw new Error(`no _csrf on the page (status ${page.status})`);
    return token;
  }

  async signIn(user: string, password: string): Promise<Page> {
    const form = await this.get('/staff/login');
    return this.post('/staff/login', { _csrf: DeskBrowser.csrf(form), user, password });
  }

  /** A page's CSRF token (signed in): from the inbox. */
  async token(): Promise<string> {
    return DeskBrowser.csrf(await this.get('/staff/'));
  }
}
