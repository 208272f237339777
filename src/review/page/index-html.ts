/**
 * The review page's only HTML: a static shell with no data and no inline script (the CSP allows
 * scripts from this origin only). The client modules fill <main> with DOM built from text.
 */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>duizhao review</title>
<link rel="stylesheet" href="/app.css">
<script type="module" src="/app/main.js"></script>
</head>
<body>
<header class="bar">
  <h1 data-i18n="app.title">duizhao review</h1>
  <nav><a href="/" id="home" data-i18n="nav.reports">Reports</a></nav>
  <label class="language"><span data-i18n="language.label">Language</span>
    <select id="language"><option value="en">English</option><option value="zh-Hans">中文</option></select>
  </label>
</header>
<main id="main"><p data-i18n="app.loading">Loading…</p></main>
<div id="status" role="status" aria-live="polite"></div>
</body>
</html>
`;
