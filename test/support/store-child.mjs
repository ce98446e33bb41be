// Runs store writes in a separate process for the crash and multi-process tests.
// usage: node store-child.mjs <store module> <db spec> crash <claims per report> <reports per put>
//        node store-child.mjs <store module> <db spec> write <prefix> <count> <batch> <shared count> [start ms]
//        node store-child.mjs <store module> <db spec> open <start ms>
// Prints one line per event on stdout ("begin <ids>", "stored <ids>", "done").
const [storeModule, spec, mode, ...args] = process.argv.slice(2);
const { openStore, contentHash } = await import(storeModule);
// Children started together open the store at one wall-clock moment when given one (open mode).
if (mode === 'open') {
  const at = Number(args[0]);
  while (Date.now() < at) { /* spin: a timer would spread the children over a few milliseconds */ }
}
const store = await openStore(spec);

function claims(n, tag) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      id: `c${i}`, type: 'figure', measure: i % 2 ? 'killed' : 'injured', group: 'people',
      value: { low: i, high: i + 1, hedge: 'range' }, source: { name: `source ${tag}`, kind: 'unnamed' },
      span: { start: i, end: i + 3 }, note: `claim ${i} of ${tag}`,
    };
  }
  return out;
}

function report(text, incident) {
  return { id: contentHash(text), incident, text, origin: 'extracted' };
}

if (mode === 'crash') {
  // Writes reports forever until killed; the parent kills it with SIGKILL at a random moment.
  const perReport = Number(args[0]);
  const perPut = Number(args[1]);
  console.log('ready');
  for (let round = 0; ; round++) {
    const items = [];
    for (let k = 0; k < perPut; k++) {
      const text = `crash child ${process.pid} round ${round} report ${k}`;
      items.push({ report: report(text, 'crash'), claims: claims(perReport, text), extractorVersion: 'v1' });
    }
    const ids = items.map((it) => it.report.id).join(',');
    console.log(`begin ${ids}`);
    if (perPut === 1) await store.putReport(items[0].report, items[0].claims, 'v1');
    else await store.putReports(items);
    console.log(`stored ${ids}`);
  }
} else if (mode === 'write') {
  // Writes `count` own reports plus `shared` reports that the other writer also writes.
  const [prefix, count, batch, shared] = [args[0], Number(args[1]), Number(args[2]), Number(args[3])];
  // Writers started together wait for a common wall-clock moment so their writes really overlap.
  const startAt = Number(args[4] ?? 0);
  if (startAt > Date.now()) await new Promise((r) => setTimeout(r, startAt - Date.now()));
  const items = [];
  for (let i = 0; i < count; i++) {
    items.push({ report: report(`${prefix} report ${i}`, `inc-${i % 4}`), claims: claims(20, `${prefix} ${i}`), extractorVersion: 'v1' });
    if (i < shared) items.push({ report: report(`shared report ${i}`, 'shared'), claims: claims(20, `shared ${i}`), extractorVersion: 'v1' });
  }
  let created = 0;
  for (let i = 0; i < items.length; i += batch) {
    const res = await store.putReports(items.slice(i, i + batch));
    created += res.filter((r) => r.created).length;
  }
  console.log(`done ${created}`);
  await store.close();
} else if (mode === 'open') {
  console.log('opened');
  await store.close();
} else {
  throw new Error(`unknown mode ${mode}`);
}
