// Who may talk to the server. On loopback without a token, only pages served under a loopback host name
// (a DNS-rebinding page under another name is refused). With a token, every /api request must carry it,
// as `Authorization: Bearer <token>` or as the cookie the dashboard gets by opening `/?token=<token>`.
import { timingSafeEqual, createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

export const TOKEN_COOKIE = 'sitrep_token';
/** Sent with every picture by a server started with an instance id: a client that found the server through its
 * announcement file (cli/running-server.ts) checks that this process is the one announced. */
export const INSTANCE_HEADER = 'x-sitrep-instance';

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

/** The Host header's name without the port ("127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "::1"). */
export function hostName(header: string | undefined): string {
  if (!header) return '';
  if (header.startsWith('[')) return header.slice(1, header.indexOf(']'));
  return header.split(':')[0];
}

export function sameSecret(a: string, b: string): boolean {
  // Hash first so lengths match and the comparison time says nothing about the token.
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** onRequest hook: enforces the rules above. */
/** The token of an "Authorization: Bearer <token>" header, or null. */
export function bearerToken(header: string | undefined): string | null {
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
}

export function accessGuard(token: string | undefined) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!token) {
      if (!isLoopbackHost(hostName(req.headers.host))) {
        throw new ApiError(403, 'forbidden_host', 'this server answers only to localhost / 127.0.0.1 (start it with --token to serve other hosts)');
      }
      return;
    }
    const url = new URL(req.url, 'http://x');
    const offered = url.searchParams.get('token');
    if (offered !== null && !url.pathname.startsWith('/api/')) {
      // Opening the dashboard with ?token=… stores it in a cookie the page's own requests carry.
      if (!sameSecret(offered, token)) throw new ApiError(401, 'unauthorized', 'wrong access token');
      reply.header('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
      url.searchParams.delete('token');
      const rest = url.searchParams.toString();
      await reply.redirect(`${url.pathname}${rest ? `?${rest}` : ''}`, 303);
      return reply;
    }
    if (!url.pathname.startsWith('/api/')) return;
    const bearer = bearerToken(req.headers.authorization);
    const cookie = cookieValue(req.headers.cookie, TOKEN_COOKIE);
    if ((bearer !== null && sameSecret(bearer, token)) || (cookie !== null && sameSecret(cookie, token))) return;
    reply.header('www-authenticate', 'Bearer');
    throw new ApiError(401, 'unauthorized', 'missing or wrong access token (send Authorization: Bearer <token>)');
  };
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

/** Refuses a configuration that would expose the desk's data without a token. */
export function checkBinding(host: string, token: string | undefined): void {
  if (!isLoopbackHost(host) && !token) {
    throw new Error(`refusing to listen on ${host} without an access token: use --token (or bind 127.0.0.1)`);
  }
}
