// `npm start` = `sitrep start`: after printing the seed picture it serves the dashboard over the same store.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAIN, ROOT, tempStore } from './run.js';

describe('start then serve', () => {
  it('prints the picture, then serves the dashboard and API on 127.0.0.1 until stopped', async () => {
    const t = tempStore();
    const child = spawn(process.execPath, [MAIN, 'start', '--port', '0'], {
      cwd: ROOT, env: { ...process.env, SITREP_DB: t.db, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no dashboard line in time; output so far:\n${out}`)), 45_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /dashboard on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (m) { clearTimeout(timer); resolve(m[1]); }
        });
        child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`start exited ${code}:\n${out}`)); });
      });
      expect(out).toContain('jaffar-express-hijacking');
      const res = await fetch(`${url}/api/incidents`);
      expect(res.status).toBe(200);
      const body = await res.json() as { items: Array<{ slug: string }> };
      expect(body.items.map((i) => i.slug)).toContain('jaffar-express-hijacking');
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      t.cleanup();
    }
  });
});
