// Search for the static export (deploy/search/add-search.sh puts this file in /pagefind/ and loads it on /search):
// reads ?q=, asks the Pagefind index built from the exported pages, and lists the results under the search form.
// Only this site's own files are loaded; Pagefind compiles WebAssembly, so /search alone allows 'wasm-unsafe-eval'.
const query = (new URLSearchParams(location.search).get('q') || '').trim();
const main = document.querySelector('main');
const input = document.querySelector('input[name="q"]');
if (input && query) {
  input.value = query;
}

if (main && query) {
  const section = document.createElement('section');
  section.setAttribute('aria-labelledby', 'static-search-title');
  const heading = document.createElement('h2');
  heading.id = 'static-search-title';
  heading.textContent = `Results for “${query}”`;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.textContent = 'Searching…';
  section.append(heading, status);
  main.append(section);

  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  status.textContent = results.length === 0
    ? 'No pages found. Try a different or shorter word.'
    : `${search.results.length} ${search.results.length === 1 ? 'page' : 'pages'} found.`;
  const list = document.createElement('ol');
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url.replace(/\.html$/, '');
    link.textContent = result.meta.title || link.href;
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, result.excerpt);
    item.append(link, excerpt);
    list.append(item);
  }

  section.append(list);
}

// Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around matches: rebuilt here as text nodes
// and <mark> elements only, so nothing in it can become markup.
function appendExcerpt(target, html) {
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }

    const text = decode(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      target.append(mark);
    } else {
      target.append(document.createTextNode(text));
    }
  }
}

function decode(escaped) {
  const area = document.createElement('textarea');
  area.innerHTML = escaped;
  return area.value;
}
