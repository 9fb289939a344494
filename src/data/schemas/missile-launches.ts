/**
 * data/missile-launches.json: one record per missile launched (a salvo of four is four records),
 * from the CNS North Korea Missile Test Database. CNS counts missiles able to carry at least
 * 500 kg at least 300 km, satellite launchers included and cruise missiles excluded.
 */
import * as v from 'valibot';
import { isoPartialDate, slug, sources, text, verification } from '../fields.ts';

const MISSILE_TYPES = ['SRBM', 'MRBM', 'IRBM', 'ICBM', 'SLBM', 'SLV', 'HGV', 'unknown'] as const;
const OUTCOMES = ['success', 'failure', 'unknown'] as const;

const km = v.nullable(
	v.pipe(
		v.number('a distance in kilometres, or null'),
		v.minValue(0, 'a non-negative distance in kilometres')
	)
);

export const missileLaunch = v.pipe(
	v.strictObject(
		{
			id: slug,
			/** UTC. A day, or only a month for a few early launches. */
			date: isoPartialDate,
			datePrecision: v.picklist(['day', 'month'], '"day" or "month"'),
			timeUtc: v.nullable(
				v.pipe(
					v.string('a UTC time HH:MM, or null'),
					v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a UTC time HH:MM, or null')
				)
			),
			missile: text('the missile\'s name ("Unknown" when CNS does not know it)'),
			type: v.picklist(MISSILE_TYPES, `a missile type: ${MISSILE_TYPES.join(', ')}`),
			siteId: slug,
			outcome: v.picklist(OUTCOMES, `an outcome: ${OUTCOMES.join(', ')}`),
			apogeeKm: km,
			distanceKm: km,
			/** Entered after the launch from government and press reports; not yet a full CNS record. */
			preliminary: v.boolean('true or false (is this a provisional record?)'),
			note: v.optional(text('a note')),
			verification,
			sources
		},
		'a missile launch with only the documented fields'
	),
	v.forward(
		v.check(
			r => (r.datePrecision === 'day' ? r.date.length === 10 : r.date.length === 7),
			'a date as precise as datePrecision says (YYYY-MM-DD for "day", YYYY-MM for "month")'
		),
		['date']
	)
);

export type MissileLaunch = v.InferOutput<typeof missileLaunch>;
export type MissileType = (typeof MISSILE_TYPES)[number];
