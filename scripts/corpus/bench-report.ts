/** One measurement, as a child process reports it on its last line of stdout. */
export interface RunResult {
  /** CPU time of the timed work in ms (pipeline: load + extract; chrono: parse only). */
  cpuMs: number;
  /** Wall time of the same work in ms. */
  wallMs: number;
  /** Of `cpuMs`, the time spent reading and validating the files (0 for chrono). */
  loadMs: number;
  articles: number;
  /** UTF-8 bytes of all article bodies. */
  bytes: number;
  /** Peak resident set size of the child, in MB. */
  rssMb: number;
  /** Events (pipeline) or parsed time expressions (chrono). */
  found: number;
}

/** The medians of repeated runs of one engine over one corpus. */
export interface Summary {
  corpus: number;
  engine: string;
  runs: number;
  result: RunResult;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Field-by-field medians (each figure's own median, not the median run's figures). */
export function summarise(corpus: number, engine: string, runs: RunResult[]): Summary {
  const of = (k: keyof RunResult) => median(runs.map((r) => r[k]));
  const result = {
    cpuMs: of('cpuMs'),
    wallMs: of('wallMs'),
    loadMs: of('loadMs'),
    articles: of('articles'),
    bytes: of('bytes'),
    rssMb: of('rssMb'),
    found: of('found'),
  };
  return { corpus, engine, runs: runs.length, result };
}

function table(head: string[], rows: string[][]): string {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(width[i]) : c.padStart(width[i]))).join(' | ')} |`;
  // Text columns align left, figures right.
  const cell = (w: number, i: number) =>
    i < 2 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`;
  const rule = `|${width.map(cell).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const fixed = (n: number, d = 0) => n.toFixed(d).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The Markdown tables: one row per corpus and engine, then ratios per corpus and engine. */
export function report(summaries: Summary[]): string {
  const rows = summaries.map(({ corpus, engine, runs, result: r }) => [
    fixed(corpus),
    engine,
    String(runs),
    fixed(r.cpuMs / 1000, 2),
    fixed(r.loadMs / 1000, 2),
    fixed(r.wallMs / 1000, 2),
    fixed(r.articles / (r.cpuMs / 1000)),
    fixed(r.cpuMs / (r.bytes / 100_000), 1),
    fixed(r.rssMb),
    fixed(r.found),
  ]);
  const head = ['articles', 'engine', 'runs', 'CPU s', 'of it load', 'wall s', 'articles/s'];
  const out = [table([...head, 'ms/100 KB', 'peak RSS MB', 'found'], rows)];
  const find = (corpus: number, engine: string) =>
    summaries.find((s) => s.corpus === corpus && s.engine === engine)?.result;
  const corpora = [...new Set(summaries.map((s) => s.corpus))].sort((a, b) => a - b);
  const ratios = corpora.flatMap((c) => {
    const p = find(c, 'pipeline');
    const ch = find(c, 'chrono');
    if (!p || !ch) return [];
    const extractOnly = (p.cpuMs - p.loadMs) / ch.cpuMs;
    return [
      [fixed(c), 'pipeline / chrono', (p.cpuMs / ch.cpuMs).toFixed(2), extractOnly.toFixed(2)],
    ];
  });
  if (ratios.length > 0)
    out.push(table(['articles', 'CPU time ratio', 'with load', 'extract only'], ratios));
  const [small, large] = [corpora[0], corpora[corpora.length - 1]];
  const growth = ['pipeline', 'chrono'].flatMap((e) => {
    const a = find(small, e);
    const b = find(large, e);
    if (!a || !b || small === large) return [];
    return [[fixed(large), e, (b.cpuMs / a.cpuMs).toFixed(2), (large / small).toFixed(0)]];
  });
  if (growth.length > 0)
    out.push(table(['articles', 'engine', `CPU ${large}/${small}`, 'linear would be'], growth));
  return out.join('\n\n');
}
