import { describe, expect, it } from 'vitest'
import { axisMax, goalChartLayout, niceStep, type ChartSize } from './goalChart'

// A plot of 400 x 200 units starting at (40, 20): easy numbers to check by hand.
const SIZE: ChartSize = { width: 450, height: 250, left: 40, top: 20, right: 10, bottom: 30 }
const PLOT_BOTTOM = 220

describe('niceStep', () => {
  it.each([
    [90, 20],
    [100, 20],
    [77, 20],
    [12, 2.5],
    [4, 1],
    [1000, 200],
    [0, 1],
  ])('picks a round step for %i', (max, step) => {
    expect(niceStep(max)).toBe(step)
  })
})

describe('axisMax', () => {
  it('reaches the goal when every bar is below it', () => {
    expect(axisMax([56, 77, 74], 90)).toEqual({ max: 100, step: 20 })
  })

  it('reaches the highest bar when a theme has more libraries than the goal', () => {
    expect(axisMax([56, 97], 90)).toEqual({ max: 100, step: 20 })
    expect(axisMax([130], 90)).toEqual({ max: 150, step: 50 })
  })

  it('never divides by zero', () => {
    expect(axisMax([], 0)).toEqual({ max: 1, step: 1 })
    expect(axisMax([0, 0], 0)).toEqual({ max: 1, step: 1 })
  })
})

describe('goalChartLayout', () => {
  const layout = goalChartLayout(
    [
      { label: '1', value: 50 },
      { label: '2', value: 100 },
      { label: '3', value: 0 },
      { label: '4', value: 90 },
    ],
    90,
    SIZE,
  )

  it('scales bar heights to the axis, from the bottom of the plot', () => {
    expect(layout.max).toBe(100)
    expect(layout.plot).toEqual({ x: 40, y: 20, width: 400, height: 200 })
    expect(layout.bars.map((b) => b.height)).toEqual([100, 200, 0, 180])
    for (const bar of layout.bars) expect(bar.y + bar.height).toBe(PLOT_BOTTOM)
  })

  it('draws the goal line at the goal value', () => {
    // 90 of 100 over 200 units: 180 above the bottom.
    expect(layout.goalY).toBe(PLOT_BOTTOM - 180)
  })

  it('spreads the bars evenly, each centred in its slot', () => {
    expect(layout.bars.map((b) => b.centerX)).toEqual([90, 190, 290, 390])
    // Slots of 100 units, 30 % gap.
    expect(layout.bars[0]!.width).toBeCloseTo(56)
    expect(layout.bars[0]!.x).toBeCloseTo(62)
  })

  it('marks the bars that reach the goal', () => {
    expect(layout.bars.map((b) => b.reached)).toEqual([false, true, false, true])
  })

  it('puts a tick at every step from 0 to the top', () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100])
    expect(layout.ticks[0]!.y).toBe(PLOT_BOTTOM)
    expect(layout.ticks.at(-1)!.y).toBe(20)
  })

  it('keeps a few bars from getting too wide', () => {
    const one = goalChartLayout([{ label: '1', value: 10 }], 90, SIZE)
    expect(one.bars[0]!.width).toBe(56)
    expect(one.bars[0]!.centerX).toBe(240)
  })

  it('has no bars without themes, but still a goal line', () => {
    const empty = goalChartLayout([], 90, SIZE)
    expect(empty.bars).toEqual([])
    expect(empty.goalY).toBe(PLOT_BOTTOM - 180)
  })
})
