// Situation reports and exports as downloads: the same documents `sitrep report` and `sitrep export` write
// (src/share/documents.ts), with the format's media type and `Content-Disposition: attachment` so a
// dashboard link saves a file. Failures use the API's one error shape (errors.ts).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { checkPublished } from '../ingest/validate.js';
import {
  CONTENT_TYPES, exportFileName, exportOf, renderSitrep, reportFileName, ShareMissing, sitrepOf,
  type ExportFormat, type ExportRows, type ReportFormat,
} from '../share/documents.js';
import { PdfTimeout, PdfUnavailable } from '../share/pdf.js';
import type { Store } from '../store/types.js';
import { ApiError, badRequest } from './errors.js';
import { shareDocs } from './schemas.js';

/**
 * PDF requests in progress at once: one printing and three waiting (prints run one at a time, pdf.ts);
 * more are refused with 503 rather than queued for minutes. Counted from the request's start, since the
 * store is read before the print joins the line.
 */
const MAX_PDF_REQUESTS = 4;

function download(reply: FastifyReply, body: string | Buffer, format: ReportFormat | ExportFormat, filename: string) {
  return reply
    .code(200)
    .header('content-type', CONTENT_TYPES[format])
    // file names are made of slugs, formats and sanitised times: nothing to escape
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

function isoParam(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const bad = checkPublished(value);
  if (bad) throw badRequest(`${name} ${bad}`);
  return value;
}

function missing(err: unknown): never {
  if (err instanceof ShareMissing) throw new ApiError(404, 'not_found', err.reason === 'no_incident' ? `incident "${err.incident}" not found` : err.message);
  throw err;
}

export function registerShareRoutes(api: FastifyInstance, store: Store): void {
  const d = shareDocs;
  let pdfRequests = 0;

  api.get(d.sitrep.url, { schema: { params: d.sitrep.params, querystring: d.sitrep.querystring } }, async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const q = req.query as { format: ReportFormat; asOf?: string; since?: string };
    const asOf = isoParam('asOf', q.asOf);
    const since = isoParam('since', q.since);
    if (asOf && since && Date.parse(since) > Date.parse(asOf)) throw badRequest('since must not be later than asOf');
    const pdf = q.format === 'pdf';
    if (pdf && pdfRequests >= MAX_PDF_REQUESTS) {
      reply.header('retry-after', '30');
      throw new ApiError(503, 'busy', 'other PDFs are being printed; retry in a little while');
    }
    if (pdf) pdfRequests++;
    let body: string | Buffer;
    try {
      const doc = await sitrepOf(store, slug, { asOf, since }).catch(missing);
      body = await renderSitrep(doc, q.format);
    } catch (err) {
      if (err instanceof PdfUnavailable) throw new ApiError(503, 'pdf_unavailable', err.message);
      if (err instanceof PdfTimeout) throw new ApiError(503, 'pdf_timeout', err.message);
      throw err;
    } finally {
      if (pdf) pdfRequests--;
    }
    return download(reply, body, q.format, reportFileName(slug, q.format, asOf));
  });

  api.get(d.export.url, { schema: { params: d.export.params, querystring: d.export.querystring } }, async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const { format, what } = req.query as { format: ExportFormat; what: ExportRows };
    const text = await exportOf(store, [slug], format, what).catch(missing);
    return download(reply, text, format, exportFileName(slug, format, what));
  });

  api.get(d.exportAll.url, { schema: { querystring: d.exportAll.querystring } }, async (req, reply) => {
    const { format, what } = req.query as { format: ExportFormat; what: ExportRows };
    const text = await exportOf(store, null, format, what).catch(missing);
    return download(reply, text, format, exportFileName(null, format, what));
  });
}
