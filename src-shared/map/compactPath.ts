/**
 * Makes a projected SVG path shorter without a visible change: points closer than `minStep` px to the last point
 * kept are dropped (the 1:50m data has several points per px at a regional scale), and each subpath is written as
 * its first point, then relative steps (`M x,y l dx,dy dx,dy … z`), which are shorter than absolute coordinates.
 * Steps are differences of coordinates rounded to 0.1 px, so no error adds up along a ring. A ring that would keep
 * fewer than three points is kept whole (a small island keeps its shape). Input: d3-geo path data of lines and
 * polygons (`M`, `L`, `Z` with absolute coordinates).
 */
export function compactPath(d: string, minStep = 0.7): string {
  const out: string[] = [];
  for (const sub of d.split('M').filter((s) => s !== '')) {
    const closed = /Z\s*$/.test(sub);
    const points = sub
      .replace(/Z\s*$/, '')
      .split('L')
      .map((xy) => xy.split(',').map(Number) as [number, number]);
    if (points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return d;
    let kept: [number, number][] = [points[0]];
    for (let i = 1; i < points.length; i++) {
      const [lx, ly] = kept[kept.length - 1];
      const last = i === points.length - 1;
      if (Math.hypot(points[i][0] - lx, points[i][1] - ly) >= minStep || (last && !closed)) kept.push(points[i]);
    }
    if (closed && kept.length < 3) kept = points;
    const tenth = (n: number) => Math.round(n * 10);
    const fmt = (t: number) => String(t / 10);
    const steps: string[] = [];
    for (let i = 1; i < kept.length; i++) {
      steps.push(`${fmt(tenth(kept[i][0]) - tenth(kept[i - 1][0]))},${fmt(tenth(kept[i][1]) - tenth(kept[i - 1][1]))}`);
    }
    out.push(`M${fmt(tenth(kept[0][0]))},${fmt(tenth(kept[0][1]))}${steps.length ? `l${steps.join(' ')}` : ''}${closed ? 'z' : ''}`);
  }
  return out.join('');
}
