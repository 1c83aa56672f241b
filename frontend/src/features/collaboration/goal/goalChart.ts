/**
 * The geometry of the goal chart: one bar per theme (its participating libraries) and a
 * horizontal line at the goal. Pure numbers in SVG user units, so it can be tested without a DOM.
 */

export interface ChartItem {
  /** Short label under the bar, e.g. the theme's number. */
  label: string
  value: number
}

export interface ChartSize {
  width: number
  height: number
  /** Room for the axis labels: left of the plot and below it. */
  left: number
  bottom: number
  top: number
  right: number
}

export const DEFAULT_CHART_SIZE: Readonly<ChartSize> = Object.freeze({
  width: 640,
  height: 280,
  left: 56,
  bottom: 32,
  top: 24,
  right: 12,
})

export interface ChartBar {
  label: string
  value: number
  x: number
  y: number
  width: number
  height: number
  /** Middle of the bar, for its labels. */
  centerX: number
  /** Reaches the goal. */
  reached: boolean
}

export interface ChartTick {
  value: number
  y: number
}

export interface ChartLayout {
  bars: ChartBar[]
  /** The top of the value axis (a round number at or above every bar and the goal). */
  max: number
  ticks: ChartTick[]
  goalY: number
  plot: { x: number; y: number; width: number; height: number }
}

/** The gap between bars as a share of each bar's slot. */
const GAP_SHARE = 0.3
/** Bars never get wider than this, so two themes do not fill the whole chart. */
const MAX_BAR_WIDTH = 56

/** 1, 2, 2.5 or 5 times a power of ten: the smallest such step giving at most `maxTicks` steps. */
export function niceStep(max: number, maxTicks = 5): number {
  if (!(max > 0)) return 1
  const rough = max / maxTicks
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power
  // Libraries are counted in whole numbers.
  return Math.max(1, step)
}

/** The axis top: the goal or the highest bar, whichever is larger, rounded up to a whole step. */
export function axisMax(values: readonly number[], goal: number, maxTicks = 5): { max: number; step: number } {
  const highest = Math.max(goal, ...values, 0)
  if (highest <= 0) return { max: 1, step: 1 }
  const step = niceStep(highest, maxTicks)
  return { max: Math.ceil(highest / step) * step, step }
}

export function goalChartLayout(
  items: readonly ChartItem[],
  goal: number,
  size: ChartSize = DEFAULT_CHART_SIZE,
): ChartLayout {
  const plot = {
    x: size.left,
    y: size.top,
    width: Math.max(0, size.width - size.left - size.right),
    height: Math.max(0, size.height - size.top - size.bottom),
  }
  const { max, step } = axisMax(
    items.map((i) => Math.max(0, i.value)),
    Math.max(0, goal),
  )
  const yFor = (value: number) => plot.y + plot.height - (Math.max(0, Math.min(value, max)) / max) * plot.height

  const slot = items.length > 0 ? plot.width / items.length : 0
  const barWidth = Math.min(MAX_BAR_WIDTH, slot * (1 - GAP_SHARE))
  const bars = items.map((item, index) => {
    const value = Math.max(0, item.value)
    const y = yFor(value)
    const centerX = plot.x + slot * index + slot / 2
    return {
      label: item.label,
      value: item.value,
      x: centerX - barWidth / 2,
      y,
      width: barWidth,
      height: plot.y + plot.height - y,
      centerX,
      reached: goal > 0 && value >= goal,
    }
  })

  const ticks: ChartTick[] = []
  for (let value = 0; value <= max; value += step) ticks.push({ value, y: yFor(value) })

  return { bars, max, ticks, goalY: yFor(goal), plot }
}
