// DOM -> report text: one paragraph per block element, paragraphs separated by a blank line, whitespace
// inside a paragraph collapsed, <br> kept as a line break. This text is what gets stored, so evidence
// spans (UTF-16 offsets) refer to it and nothing else.
import { parseHTML } from 'linkedom';
import { isThousandsSpace } from '../../extract/document.js';
import { betweenDigitGroups } from '../../extract/sentences.js';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

interface Walker {
  paragraphs: string[];
  current: string;
}

/** Minimal node shape we walk; both linkedom and the DOM lib satisfy it. */
interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

export function blockText(root: NodeLike, opts: { skip?: (node: NodeLike) => boolean } = {}): string {
  const w: Walker = { paragraphs: [], current: '' };
  walk(root, w, opts.skip);
  flush(w);
  return w.paragraphs.join('\n\n');
}

function walk(node: NodeLike, w: Walker, skip?: (node: NodeLike) => boolean): void {
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i];
    if (n.nodeType === 3) {
      w.current += n.textContent ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name) || (skip && skip(n))) continue;
    if (name === 'BR') {
      w.current += '\n';
      continue;
    }
    if (name === 'TD' || name === 'TH') {
      w.current += ' ';
      walk(n, w, skip);
      w.current += ' ';
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) flush(w);
    walk(n, w, skip);
    if (block) flush(w);
  }
}

// One no-break or thin space between digit groups ("9&nbsp;105", "1\u202f200") separates thousands, as in UN
// and European copy; it is kept so the extractor reads one number. Every other run of spaces becomes one space.
const SPACE_RUN = /[\s\u00a0]+/g;
function collapseSpaces(line: string, runs = SPACE_RUN): string {
  return line.replace(runs, (run, at: number) =>
    run.length === 1 && isThousandsSpace(run.charCodeAt(0)) && betweenDigitGroups(line, at) ? run : ' ');
}

function flush(w: Walker): void {
  const lines = w.current
    .split('\n')
    .map((l) => collapseSpaces(l).trim())
    .filter((l) => l !== '');
  if (lines.length > 0) w.paragraphs.push(lines.join('\n'));
  w.current = '';
}

/** Text of an HTML fragment (feed summaries, JSON-LD articleBody that holds markup). */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return collapseSpaces(html, /[ \t\u00a0]+/g).replace(/\n{3,}/g, '\n\n').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body as unknown as NodeLike);
}
