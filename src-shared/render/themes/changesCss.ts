/** Layout CSS of the "what changed" slide (changesLayout.ts), at the 1280×720 px slide scale. */
export const CHANGES_CSS = `
.bd-changes-caption{font-size:20px;color:var(--bd-muted);margin:0 0 14px;}
.bd-changes-empty{font-size:28px;color:var(--bd-muted);}
ul.bd-changes-list{list-style:none;margin:0;padding:0;font-size:24px;line-height:1.3;}
li.bd-changes-judgment{margin:0 0 16px;padding-inline-start:14px;border-inline-start:4px solid var(--bd-accent);}
.bd-changes-move{display:block;font-size:.85em;margin-top:4px;}
.bd-changes-from{color:var(--bd-muted);}
.bd-changes-to{text-decoration:none;font-weight:700;}
.bd-changes-reason{display:block;font-size:.8em;margin-top:2px;}
.bd-changes-label{font-weight:700;}
.bd-changes-sources{font-size:20px;margin-top:10px;}
.bd-changes-many ul.bd-changes-list{font-size:18px;}
.bd-changes-many li.bd-changes-judgment{margin-bottom:8px;}
.bd-changes-many .bd-changes-sources{font-size:16px;}
`;
