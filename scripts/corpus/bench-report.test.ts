import { describe, expect, it } from 'vitest';
import { median, report, summarise, type RunResult } from './bench-report';

const run = (cpuMs: number, articles: number): RunResult => ({
  cpuMs,
  wallMs: cpuMs * 2,
  loadMs: cpuMs / 10,
  articles,
  bytes: articles * 2_500,
  rssMb: 100,
  found: articles,
});

describe('bench report', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('summarises each figure by its own median', () => {
    const s = summarise(10, 'chrono', [run(30, 10), run(10, 10), run(20, 10)]);
    expect(s.result.cpuMs).toBe(20);
    expect(s.result.wallMs).toBe(40);
    expect(s.runs).toBe(3);
  });

  it('prints rates, the pipeline/chrono ratio and the growth between corpus sizes', () => {
    const text = report([
      summarise(1000, 'pipeline', [run(3000, 1000)]),
      summarise(1000, 'chrono', [run(1000, 1000)]),
      summarise(10000, 'pipeline', [run(30000, 10000)]),
      summarise(10000, 'chrono', [run(10000, 10000)]),
    ]);
    expect(text).toMatch(/\| 1,000 +\| pipeline \|.*\| +333 \|/);
    expect(text).toMatch(/pipeline \/ chrono \| +3\.00 \|/);
    expect(text).toMatch(/\| 10,000 +\| pipeline \| +10\.00 \| +10 \|/);
  });
});
