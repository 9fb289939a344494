/**
 * Ticks for a UTC time axis of months: one a year when the span is long, else one every n months
 * so that labels stay about `spacing` pixels apart. The intervals come from d3-time and the labels
 * from d3-time-format: a year's first tick is labelled with the year ("2022"), any other with the
 * month ("Feb"). Each tick also says where its label sits: mid-year for a year, mid-month for a
 * month, so the label reads as naming the span after its tick.
 *
 * Not `utcTicks`: it steps from one month to three with nothing between, and down to weeks when
 * there is room; a monthly bar chart wants whole months at any multiple. d3-time-format's locale
 * costs about 2.7 KB gzip, in the monthly-pace graphic's chunk only. Pure; UTC only.
 */
import { utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

export interface TimeTick {
	/** The tick's instant, UTC milliseconds (the first of a month or a year). */
	value: number;
	/** Where its label belongs, UTC milliseconds (the middle of the span it names). */
	middle: number;
	label: string;
}

const DAY = 86_400_000;
/** Above this span (in months) the axis shows one tick a year. */
const YEARLY_ABOVE = 20;
const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');

/** "2022" on the first of January, "Feb" on the first of any other month. */
function monthTickLabel(date: Date): string {
	return utcYear(date) < date ? formatMonth(date) : formatYear(date);
}

function interval(x0: number, x1: number, width: number, spacing: number) {
	const months = (x1 - x0) / (30.44 * DAY);
	if (months > YEARLY_ABOVE) return { every: utcYear as TimeInterval, yearly: true };
	const step = Math.ceil(months / Math.max(2, Math.floor(width / spacing)));
	return { every: utcMonth.every(Math.max(1, step)) ?? utcMonth, yearly: false };
}

/**
 * The ticks between x0 and x1 (UTC ms, both included) for an axis `width` pixels wide, with
 * labels about `spacing` pixels apart.
 */
export function monthTicks(x0: number, x1: number, width: number, spacing = 52): TimeTick[] {
	const { every, yearly } = interval(x0, x1, width, spacing);
	return every.range(new Date(x0), new Date(x1 + 1)).map(d => ({
		value: d.getTime(),
		middle: yearly ? (d.getTime() + utcYear.offset(d, 1).getTime()) / 2 : d.getTime() + 15 * DAY,
		label: yearly ? formatYear(d) : monthTickLabel(d)
	}));
}
