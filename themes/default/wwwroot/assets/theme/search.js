/* Search as you type in the header: an ARIA 1.2 combobox over /api/search. Where no app answers (a
   static deploy, a file share), the same box and the search page use the Pagefind index the build wrote
   to /pagefind/, loaded in small chunks on demand. Without JavaScript the box is a plain form. */
(function () {
  'use strict';

  var TEXT = {
    en: { results: '{0} results', none: 'No results', all: 'All results for “{0}”', resultsFor: '{0} results for “{1}”', noneFor: 'Nothing matched “{0}”. Try fewer or other words.' },
    sv: { results: '{0} träffar', none: 'Inga träffar', all: 'Alla träffar för ”{0}”', resultsFor: '{0} träffar för ”{1}”', noneFor: 'Inget matchade ”{0}”. Prova färre eller andra ord.' }
  };

  var form = document.querySelector('form.site-search');
  if (!form) { return; }
  var input = form.querySelector('input[name=q]');
  var api = form.getAttribute('data-api');
  var staticIndex = form.getAttribute('data-static');
  var useStatic = false;
  var pagefind = null;
  var lang = form.getAttribute('data-lang') || 'en';
  var text = TEXT[lang] || TEXT.en;
  var format = function (s, v) { return s.replace('{0}', v); };

  var listbox = document.createElement('ul');
  listbox.id = 'site-search-listbox';
  listbox.className = 'site-search__results';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', input.getAttribute('placeholder') || 'Search');
  listbox.hidden = true;
  var status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.appendChild(listbox);
  form.appendChild(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  var options = [];
  var active = -1;
  var timer = null;
  var controller = null;
  /* Bumped by every new search and by Escape, so an answer that arrives after the reader moved on
     (a slower earlier query, or one they dismissed) never reopens the list. */
  var generation = 0;

  function cancelPending() {
    clearTimeout(timer);
    generation += 1;
    if (controller) { controller.abort(); controller = null; }
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    setActive(-1);
  }

  function open() {
    if (options.length === 0) { return; }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function setActive(index) {
    active = index;
    options.forEach(function (option, i) {
      option.element.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].element.id);
      options[index].element.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  /* The snippet is HTML-escaped by the server with <mark> around matches; copy only text and marks anyway. */
  function appendSnippet(target, html) {
    var parsed = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html').body.firstChild;
    Array.prototype.forEach.call(parsed ? parsed.childNodes : [], function (node) {
      if (node.nodeType === 3) {
        target.appendChild(document.createTextNode(node.textContent));
      } else if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        target.appendChild(mark);
      }
    });
  }

  function addOption(url, title, snippet, kind) {
    var li = document.createElement('li');
    li.id = 'site-search-option-' + options.length;
    li.className = 'site-search__option' + (kind ? ' site-search__option--' + kind : '');
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    var heading = document.createElement('span');
    heading.className = 'site-search__title';
    heading.textContent = title;
    li.appendChild(heading);
    if (snippet) {
      var body = document.createElement('span');
      body.className = 'site-search__snippet';
      appendSnippet(body, snippet);
      li.appendChild(body);
    }
    li.addEventListener('mousedown', function (event) { event.preventDefault(); });
    li.addEventListener('click', function () { window.location.href = url; });
    listbox.appendChild(li);
    options.push({ element: li, url: url });
  }

  function render(query, data) {
    listbox.textContent = '';
    options = [];
    data.hits.forEach(function (hit) {
      addOption(hit.url, hit.title + (hit.section ? ' › ' + hit.section : ''), hit.snippet);
    });
    if (data.hits.length > 0) {
      addOption(form.getAttribute('action') + '?q=' + encodeURIComponent(query), format(text.all, query), null, 'all');
    }
    status.textContent = data.hits.length > 0 ? format(text.results, data.total) : text.none;
    setActive(-1);
    if (options.length > 0) { open(); } else { close(); }
  }

  /* Pagefind answers in its own shape; turn it into the API's: { total, hits: [{ url, title, snippet }] }. */
  function staticSearch(query, limit) {
    if (!pagefind) { pagefind = import(staticIndex); }
    return pagefind
      .then(function (module) { return module.search(query); })
      .then(function (found) {
        return Promise.all(found.results.slice(0, limit).map(function (result) { return result.data(); }))
          .then(function (pages) {
            return {
              total: found.results.length,
              hits: pages.map(function (page) {
                return { url: page.url, title: (page.meta && page.meta.title) || page.url, snippet: page.excerpt, section: null };
              })
            };
          });
      });
  }

  /* The app's Lucene search when it answers; otherwise, from then on, the static index. */
  function find(query, limit, signal) {
    if (useStatic) { return staticSearch(query, limit); }
    var url = api + '?q=' + encodeURIComponent(query) + '&limit=' + limit + '&prefer=' + encodeURIComponent(lang);
    return fetch(url, { signal: signal, headers: { Accept: 'application/json' } })
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
      .catch(function (error) {
        if (error && error.name === 'AbortError') { throw error; }
        useStatic = true;
        return staticSearch(query, limit);
      });
  }

  function search() {
    var query = input.value.trim();
    cancelPending();
    if (query.length < 2) { close(); return; }
    var mine = generation;
    controller = new AbortController();
    find(query, 8, controller.signal)
      .then(function (data) { if (mine === generation && input.value.trim() === query) { render(query, data); } })
      .catch(function () { if (mine === generation) { close(); } /* no search at all: the form still opens the search page */ });
  }

  /* The search page as a static host serves it: no results inside, so fetch them here. */
  function fillResultsPage() {
    var results = document.getElementById('search-results');
    var pageInput = document.getElementById('search-page-input');
    var query = new URLSearchParams(window.location.search).get('q');
    if (!results || !pageInput || !query || results.children.length > 0) { return; }
    pageInput.value = query;
    find(query.trim(), 20).then(function (data) {
      var summary = document.createElement('p');
      summary.className = 'search-results__summary';
      summary.textContent = data.hits.length > 0
        ? text.resultsFor.replace('{0}', data.total).replace('{1}', query)
        : text.noneFor.replace('{0}', query);
      results.appendChild(summary);
      var list = document.createElement('ol');
      list.className = 'search-results__list';
      data.hits.forEach(function (hit) {
        var item = document.createElement('li');
        item.className = 'search-hit';
        var title = document.createElement('h2');
        title.className = 'search-hit__title';
        var link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.title + (hit.section ? ' › ' + hit.section : '');
        title.appendChild(link);
        var snippet = document.createElement('p');
        snippet.className = 'search-hit__snippet';
        appendSnippet(snippet, hit.snippet || '');
        item.appendChild(title);
        item.appendChild(snippet);
        list.appendChild(item);
      });
      results.appendChild(list);
    }).catch(function () { /* nothing to search with: the form stays usable */ });
  }

  fillResultsPage();

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });

  input.addEventListener('keydown', function (event) {
    var count = options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      open();
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      open();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && !listbox.hidden) {
      event.preventDefault();
      window.location.href = options[active].url;
    } else if (event.key === 'Escape') {
      cancelPending();
      if (!listbox.hidden) { event.preventDefault(); close(); } else { input.value = ''; }
    } else if (event.key === 'Tab') {
      close();
    }
  });

  input.addEventListener('blur', function () { setTimeout(close, 100); });
  input.addEventListener('focus', function () { if (input.value.trim().length >= 2 && options.length > 0) { open(); } });

  /* "/" or Ctrl+K (⌘K) from anywhere that is not already a text field. */
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) ||
        ((event.ctrlKey || event.metaKey) && (event.key === 'k' || event.key === 'K'))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
})();
