/**
 * The statistics the story cites, computed from the data and never typed in: Pearson's
 * correlation and the two-sided p-value of its t-test. Here, in the data module, because the
 * correlation is one of the story's figures (src/data/derive/correlation.ts says over which
 * years); nothing here knows about theft or launches. Pure.
 */

export interface Correlation {
	/** Pearson's r, between -1 and 1. */
	r: number;
	/** Number of pairs. */
	n: number;
	/** Degrees of freedom of the t-test: n − 2. */
	df: number;
	/** Two-sided p-value of H0: r = 0 (t-test with n - 2 degrees of freedom). */
	p: number;
}

function mean(xs: readonly number[]): number {
	return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** Pearson's r of paired values; throws when it is undefined (fewer than 3 pairs, or no spread). */
export function pearson(xs: readonly number[], ys: readonly number[]): Correlation {
	if (xs.length !== ys.length)
		throw new RangeError(`pearson(): ${xs.length} x values but ${ys.length} y values`);
	const n = xs.length;
	if (n < 3) throw new RangeError(`pearson(): needs at least 3 pairs, got ${n}`);
	const mx = mean(xs);
	const my = mean(ys);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = (xs[i] as number) - mx;
		const dy = (ys[i] as number) - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	if (sxx === 0 || syy === 0) throw new RangeError('pearson(): one of the series does not vary');
	const r = sxy / Math.sqrt(sxx * syy);
	return { r, n, df: n - 2, p: correlationPValue(r, n) };
}

/** Two-sided p-value for a correlation r from n pairs: t = r√((n−2)/(1−r²)), Student's t, n−2 df. */
function correlationPValue(r: number, n: number): number {
	const df = n - 2;
	if (Math.abs(r) >= 1) return 0;
	const t2 = (r * r * df) / (1 - r * r);
	// P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2)
	return regularizedBeta(df / (df + t2), df / 2, 0.5);
}

function logGamma(x: number): number {
	// Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for x > 0
	const c = [
		0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
		-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
		1.5056327351493116e-7
	];
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let a = c[0] as number;
	const t = z + 7.5;
	for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularized incomplete beta function I_x(a, b), by its continued fraction (Lentz). */
function regularizedBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(
		logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
	);
	// the fraction converges fast for x < (a+1)/(a+b+2); otherwise use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a)
	if (x > (a + 1) / (a + b + 2)) return 1 - regularizedBeta(1 - x, b, a);
	return (front * betaFraction(x, a, b)) / a;
}

function betaFraction(x: number, a: number, b: number): number {
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	d = 1 / (Math.abs(d) < tiny ? tiny : d);
	let h = d;
	for (let m = 1; m <= 300; m++) {
		for (const numerator of [
			(m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
			-((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))
		]) {
			d = 1 + numerator * d;
			d = 1 / (Math.abs(d) < tiny ? tiny : d);
			c = 1 + numerator / c;
			if (Math.abs(c) < tiny) c = tiny;
			h *= d * c;
		}
		if (Math.abs(d * c - 1) < 1e-14) break;
	}
	return h;
}
