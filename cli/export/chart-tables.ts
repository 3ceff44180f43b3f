/**
 * The data table of each chart (components/Chart.vue keeps it in `.bx-chart-data`, a box for
 * screen readers only) in the exported PDFs.
 *
 * Chromium tags a `<table>` as Table, TR, TH (with /Scope Column or Row from `scope`) and TD,
 * but only what it paints: the table clipped to nothing by `.sr-only` leaves no trace in the
 * PDF. So the slides PDF paints it, in transparent ink over the chart: it is then tagged after
 * the chart's Figure, in reading order, and its text can be found and copied, but it is not
 * seen. The notes handout shows the table under the slide picture instead (`layoutHandout`),
 * and the copy inside the slide picture goes back to being clipped, so it is read once.
 */

/** Paints each chart's data table, invisible, over its chart (the slides PDF, and the 3-up handout after it). */
export const CHART_TABLE_PRINT_CSS = `
.bx-chart { position: relative; }
.bx-chart > .bx-chart-data {
  position: absolute; left: 0; top: 0; width: 100%; height: auto; margin: 0; padding: 0;
  overflow: visible; clip: auto; clip-path: none; white-space: normal; pointer-events: none;
  font-size: 8px; line-height: 1.1;
}
.bx-chart > .bx-chart-data, .bx-chart > .bx-chart-data * { color: transparent !important; background: none !important; border-color: transparent !important; }
`

/** The notes handout: the slide picture's copy clipped again; the visible table under the slide. */
export const CHART_TABLE_HANDOUT_CSS = `
#bx-handout[data-kind="notes"] .bx-frame .bx-chart-data { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; }
#bx-handout .bx-data { flex: none; display: flex; flex-wrap: wrap; gap: 2mm 8mm; margin-top: 4mm; max-width: 174mm; }
#bx-handout .bx-data table { border-collapse: collapse; font-size: 9pt; line-height: 1.3; font-variant-numeric: tabular-nums; }
#bx-handout .bx-data caption { text-align: left; font-weight: 700; color: var(--bx-primary); padding-bottom: 1mm; }
#bx-handout .bx-data th, #bx-handout .bx-data td { padding: 0.6mm 3mm 0.6mm 0; text-align: right; border-bottom: 0.5pt solid var(--bx-line); white-space: nowrap; }
#bx-handout .bx-data th[scope="row"], #bx-handout .bx-data thead th:first-child { text-align: left; }
#bx-handout .bx-data thead th { font-weight: 600; border-bottom-color: var(--bx-muted); }
#bx-handout .bx-data tbody th { font-weight: 400; }
`
