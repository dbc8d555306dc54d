/**
 * `out/index.html`: one self-contained RTL page linking every worksheet made in the run, with
 * its title, level and versions. No date or clock in it, so the same run gives the same bytes.
 */

export interface IndexEntry {
  /** The article's folder under the output folder. */
  readonly slug: string;
  readonly title: string;
  readonly level: number;
  /** Per version (A, B …), the files written for it, e.g. `worksheet-B.html`. */
  readonly versions: readonly { readonly version: string; readonly files: readonly string[] }[];
}

/** The index page for `entries`, in the order given. */
export function renderIndex(entries: readonly IndexEntry[]): string {
  const rows = entries.map((entry) => {
    const main = entry.versions[0]?.files[0];
    const title = main ? `<a href="${href(entry.slug, main)}">${escapeHtml(entry.title)}</a>` : escapeHtml(entry.title);
    const versions = entry.versions
      .map(
        (v) =>
          `<li>${escapeHtml(v.version)}: ${v.files.map((f) => `<a href="${href(entry.slug, f)}" dir="ltr">${escapeHtml(f)}</a>`).join(' · ')}</li>`,
      )
      .join('');
    return `<tr><td>${title}<div class="slug" dir="ltr">${escapeHtml(entry.slug)}/</div></td><td class="level">${entry.level}</td><td><ul>${versions}</ul></td></tr>`;
  });
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="waraqa">
<title>أوراق العمل (${entries.length})</title>
<style>
body { font-family: "Noto Naskh Arabic", "Amiri", "Times New Roman", serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.6; }
h1 { font-size: 1.6rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ccc; padding: .5rem; text-align: start; vertical-align: top; }
td.level { text-align: center; }
ul { margin: 0; padding-inline-start: 1rem; }
.slug { color: #666; font-size: .85rem; font-family: monospace; }
</style>
</head>
<body>
<h1>أوراق العمل</h1>
<table>
<thead><tr><th>المقالة</th><th>المستوى</th><th>النسخ والملفات</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}

/** A relative link to `file` in folder `slug`, percent-encoded (slugs may hold Arabic). */
function href(slug: string, file: string): string {
  return `${encodeURIComponent(slug)}/${encodeURIComponent(file)}`;
}

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
