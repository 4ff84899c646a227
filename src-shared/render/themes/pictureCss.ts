/**
 * Layout CSS of pictures (the picture layout and pictures in a column), at the 1280×720 px slide scale. The image
 * box takes the room its caption leaves (flex), and the image keeps its aspect ratio inside it (`object-fit`).
 */
export const PICTURE_CSS = `
.bd-picture-body{display:flex;flex-direction:column;}
figure.bd-picture{flex:1 1 auto;min-height:0;display:flex;flex-direction:column;margin:0;}
.bd-picture-box{flex:1 1 auto;min-height:0;position:relative;}
.bd-picture-img{position:absolute;inset:0;width:100%;height:100%;max-width:none;max-height:none;margin:0;border:0;box-shadow:none;background:none;}
.bd-fit-contain .bd-picture-img{object-fit:contain;}
.bd-fit-cover .bd-picture-img{object-fit:cover;}
figure.bd-picture figcaption{flex:0 0 auto;margin-top:12px;}
.bd-caption{font-size:22px;line-height:1.3;margin:0;}
.bd-source-line{font-size:16px;line-height:1.3;color:var(--bd-muted);margin:4px 0 0;}
.bd-col:has(>.bd-col-picture){display:flex;flex-direction:column;min-height:0;}
.bd-col-picture{margin-bottom:14px;}
.bd-col-picture .bd-caption{font-size:19px;}
`;
