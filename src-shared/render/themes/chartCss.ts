/**
 * Chart and drawn-timeline CSS, at the same 1280×720 px slide scale as briefingBaseCss.ts:
 * - a chart fills the body (its SVG is drawn at CHART_SIZE and scaled to the box width), the source line under it
 *   in the muted colour; the SVG is laid out left to right whatever the deck's direction (ECharts places text for
 *   an LTR context; a right-to-left chart is mirrored in its option instead, chartOption.ts);
 * - a drawn timeline puts its entries in equal columns along one axis per row (the axis is each entry's top rule,
 *   with a round marker), up to five a row; the grid follows the deck's direction, so a right-to-left deck runs
 *   from the right, and the list sits in the middle of the body. Dates, kind labels, events and endnote markers stay text.
 */
export const CHART_CSS = `
.bd-chart-body{display:flex;flex-direction:column;}
figure.bd-chart{margin:0;flex:1 1 auto;min-height:0;display:flex;flex-direction:column;}
.bd-chart-drawing{flex:1 1 auto;min-height:0;display:flex;align-items:flex-start;justify-content:center;}
.bd-chart-drawing svg{direction:ltr;display:block;width:100%;height:auto;max-height:100%;}
.bd-figure-source{font-size:16px;line-height:1.3;color:var(--bd-muted);margin-top:8px;text-align:start;}
.bd-body:has(>ol.bd-timeline-drawn){display:flex;flex-direction:column;justify-content:center;}
ol.bd-timeline.bd-timeline-drawn{border:0;display:grid;grid-template-columns:repeat(var(--bd-tl-columns),minmax(0,1fr));grid-auto-flow:row;row-gap:0;font-size:21px;line-height:1.3;}
ol.bd-timeline-drawn.bd-tl-cols-1{--bd-tl-columns:1;}
ol.bd-timeline-drawn.bd-tl-cols-2{--bd-tl-columns:2;}
ol.bd-timeline-drawn.bd-tl-cols-3{--bd-tl-columns:3;}
ol.bd-timeline-drawn.bd-tl-cols-4{--bd-tl-columns:4;}
ol.bd-timeline-drawn.bd-tl-cols-5{--bd-tl-columns:5;}
ol.bd-timeline.bd-timeline-drawn li{display:grid;grid-row:span 3;grid-template-rows:subgrid;grid-template-columns:minmax(0,1fr);gap:0;margin:0 0 26px;padding:0;position:relative;}
ol.bd-timeline.bd-timeline-drawn li::before{position:relative;z-index:1;grid-row:2;grid-column:1;justify-self:start;align-self:center;inset:auto;margin:10px 0;width:26px;height:26px;border-width:5px;}
ol.bd-timeline.bd-timeline-drawn li::after{content:'';grid-row:2;grid-column:1;align-self:center;height:4px;background:var(--bd-accent);}
ol.bd-timeline.bd-timeline-drawn .bd-tl-date{grid-row:1;grid-column:1;align-self:end;padding-inline-end:18px;}
ol.bd-timeline.bd-timeline-drawn .bd-tl-event{grid-row:3;grid-column:1;padding-inline-end:22px;}
`;
