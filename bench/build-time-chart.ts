import { scaleLinear } from 'd3-scale';

export interface ChartPoint {
	codes: number;
	seconds: number;
	/** Peak memory of the build, shown beside the point. */
	peakMb: number;
}

const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { top: 40, right: 40, bottom: 56, left: 64 };
const TARGET_SECONDS = 60;

/**
 * Build time against the number of codes, as a standalone SVG. The axes are linear, so
 * a build whose cost per code stays flat draws a straight line; the 60 s target is drawn
 * for scale. d3-scale picks the domains and readable ticks; the SVG is written as text
 * because a handful of elements needs no document model.
 */
export function buildTimeChart(points: readonly ChartPoint[]): string {
	const sorted = [...points].sort((a, b) => a.codes - b.codes);
	const maxCodes = Math.max(...sorted.map((p) => p.codes));
	const maxSeconds = Math.max(TARGET_SECONDS, ...sorted.map((p) => p.seconds));
	const x = scaleLinear([0, maxCodes], [MARGIN.left, WIDTH - MARGIN.right]).nice();
	const y = scaleLinear([0, maxSeconds], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();

	const line = sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.codes)},${y(p.seconds)}`).join('');
	const xTicks = x.ticks(5).map((tick) => {
		const at = x(tick);
		return `<line x1="${at}" x2="${at}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom + 6}" stroke="#333"/><text x="${at}" y="${HEIGHT - MARGIN.bottom + 22}" text-anchor="middle">${tick.toLocaleString('en')}</text>`;
	});
	const yTicks = y.ticks(6).map((tick) => {
		const at = y(tick);
		return `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${at}" y2="${at}" stroke="#e5e5e5"/><text x="${MARGIN.left - 10}" y="${at + 4}" text-anchor="end">${tick}</text>`;
	});
	// The line rises to the right, so labels sit below it on the right, the last one above it
	// on the left, inside the chart.
	const dots = sorted.map((p, i) => {
		const last = i === sorted.length - 1;
		const labelX = x(p.codes) + (last ? -8 : 8);
		const labelY = y(p.seconds) + (last ? -10 : 18);
		return `<circle cx="${x(p.codes)}" cy="${y(p.seconds)}" r="4" fill="#1f6feb"/><text x="${labelX}" y="${labelY}" text-anchor="${last ? 'end' : 'start'}">${p.seconds.toFixed(1)} s · ${p.peakMb} MB</text>`;
	});
	const target = y(TARGET_SECONDS);

	return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" fill="#333">
<title>Build time against number of codes</title>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>
<g>${yTicks.join('')}</g>
<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${target}" y2="${target}" stroke="#d73a49" stroke-dasharray="6 4"/>
<text x="${WIDTH - MARGIN.right}" y="${target - 6}" text-anchor="end" fill="#d73a49">target: ${TARGET_SECONDS} s at 10,000 codes</text>
<g>${xTicks.join('')}</g>
<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom}" stroke="#333"/>
<path d="${line}" fill="none" stroke="#1f6feb" stroke-width="2"/>
<g>${dots.join('')}</g>
<text x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${HEIGHT - 12}" text-anchor="middle">codes in the table</text>
<text transform="translate(16 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)" text-anchor="middle">build time (s)</text>
<text x="${MARGIN.left}" y="24" font-size="14" font-weight="600">Build time and peak memory against the number of codes</text>
</svg>
`;
}
