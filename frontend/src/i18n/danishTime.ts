/**
 * Activities and network meetings take place in Denmark: their times are entered and shown in Danish time
 * (Europe/Copenhagen), whatever time zone the browser is in. A datetime-local input holds a
 * wall-clock time without a zone ("2027-03-02T10:00"); the API wants an ISO 8601 date-time with
 * the offset that applies on that day ("2027-03-02T10:00:00+01:00", "+02:00" in summer time).
 */

import { dateTimeFormat } from './format'

export const DANISH_TIME_ZONE = 'Europe/Copenhagen'

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/
const MINUTE_MS = 60_000

/** Made when first needed (through dateTimeFormat, which keeps it): not every page needs one. */
function danishWallClock(): Intl.DateTimeFormat {
  return dateTimeFormat('en-GB', {
    timeZone: DANISH_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
}

interface Wall {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** The Danish wall-clock time at an instant. */
function wallAt(instant: number): Wall {
  const parts = Object.fromEntries(danishWallClock().formatToParts(new Date(instant)).map((p) => [p.type, p.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

/** A wall-clock time read as if it were UTC (milliseconds). */
function wallAsUtc(w: Wall): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
}

/** Minutes Danish time is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function danishOffsetMinutes(instant: number): number {
  const truncated = Math.floor(instant / 1000) * 1000
  return Math.round((wallAsUtc(wallAt(truncated)) - truncated) / MINUTE_MS)
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0')
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`
}

function parseLocal(value: string): Wall | null {
  const m = LOCAL.exec(value.trim())
  if (!m) return null
  const wall: Wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  }
  // Date.UTC rolls 30 February over into March; a real date survives the round trip.
  const check = new Date(wallAsUtc(wall))
  const real =
    check.getUTCFullYear() === wall.year &&
    check.getUTCMonth() === wall.month - 1 &&
    check.getUTCDate() === wall.day &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60
  return real ? wall : null
}

/**
 * A datetime-local value (Danish wall-clock time) as an ISO date-time with Denmark's offset on
 * that day, e.g. "2027-03-02T10:00" -> "2027-03-02T10:00:00+01:00". Null for an empty or
 * unreadable value.
 *
 * The two hours a year that are not one-to-one follow the usual rule (as java.time does):
 * a time in the hour skipped in spring (02:30 on the last Sunday of March) moves an hour on,
 * to 03:30+02:00; a time in the hour repeated in autumn takes the earlier one, +02:00.
 */
export function danishLocalToIso(value: string): string | null {
  const wall = parseLocal(value)
  if (!wall) return null
  const asUtc = wallAsUtc(wall)
  // The offsets around that time: one of them is right, or both are (autumn), or neither (spring).
  const offsets = [...new Set([danishOffsetMinutes(asUtc - 12 * 60 * MINUTE_MS), danishOffsetMinutes(asUtc + 12 * 60 * MINUTE_MS)])]
    .sort((a, b) => b - a)
  const fitting = offsets.find((offset) => wallAsUtc(wallAt(asUtc - offset * MINUTE_MS)) === asUtc)
  if (fitting !== undefined) return instantToDanishIso(asUtc - fitting * MINUTE_MS)
  // In the spring gap: read the time with the winter offset; that instant is an hour later in summer time.
  return instantToDanishIso(asUtc - Math.min(...offsets) * MINUTE_MS)
}

/** An instant as Danish wall-clock time with its offset ("2027-03-09T10:00:00+01:00"). */
function instantToDanishIso(instant: number): string {
  const w = wallAt(instant)
  const offset = danishOffsetMinutes(instant)
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offset)}`
}

/**
 * An ISO date-time from the API (any offset, usually Z) as a datetime-local value in Danish
 * time, e.g. "2027-03-09T09:00:00Z" -> "2027-03-09T10:00". Empty for null or unreadable values.
 */
export function isoToDanishLocal(value: string | null | undefined): string {
  if (!value) return ''
  const instant = Date.parse(value)
  if (Number.isNaN(instant)) return ''
  const w = wallAt(instant)
  const base = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`
  return w.second === 0 ? base : `${base}:${pad(w.second)}`
}

/** The Danish calendar year of an instant (a meeting at 00:30 on 1 January belongs to the new year). */
export function danishYear(value: string): number | null {
  const instant = Date.parse(value)
  return Number.isNaN(instant) ? null : wallAt(instant).year
}

/** The instant a datetime-local value (Danish time) stands for, or null when it is not a time. */
export function danishLocalToEpoch(local: string): number | null {
  const iso = danishLocalToIso(local)
  return iso === null ? null : Date.parse(iso)
}
