/**
 * CSS of the map layout (mapLayout.ts): the figure fills the slide body, the SVG scales to the box keeping its
 * aspect (its colours are written by the map drawing, per theme), its text takes the theme's body font (the
 * right-to-left font in an RTL deck), and the source line sits under it in the muted colour.
 */
export const MAP_CSS = `
.bd-map-body{display:flex;flex-direction:column;}
figure.bd-map{flex:1 1 auto;min-height:0;display:flex;flex-direction:column;margin:0;}
.bd-map-drawing{flex:1 1 auto;min-height:0;}
.bd-map-drawing>svg{display:block;width:100%;height:100%;max-height:456px;}
.bd-map-svg text{font-family:var(--bd-font-body);}
.reveal.bd-deck[dir=rtl] .bd-map-svg text{font-family:var(--bd-font-rtl);}
.bd-map-source{font-size:16px;line-height:1.3;color:var(--bd-muted);margin-top:6px;text-align:start;}
.bd-map-error{font-size:22px;color:var(--bd-muted);border:2px dashed var(--bd-rule);padding:18px;}
`;
