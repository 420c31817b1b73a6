/* PmoPlaybook theme: small progressive enhancements (plain ES2019, defer). Each feature checks for its elements first. */
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');

  var STORAGE_KEY = 'pmo-lang';

  function readChoice() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      return null;
    }
  }

  function storeChoice(code) {
    try {
      window.localStorage.setItem(STORAGE_KEY, code);
    } catch (e) { /* storage disabled or full: the choice is simply not remembered */ }
  }

  function primary(tag) {
    return String(tag || '').toLowerCase().split('-')[0];
  }

  /* 1. The root page: send the reader to a stored choice, else their browser's language, else the first listed. */
  function chooseLanguage(body) {
    var codes = (body.getAttribute('data-languages') || '').split(/\s+/).filter(Boolean);
    if (!codes.length) {
      return;
    }
    var base = body.getAttribute('data-base') || '/';
    if (base.charAt(base.length - 1) !== '/') {
      base += '/';
    }
    var stored = readChoice();
    var pick = stored && codes.indexOf(stored) >= 0 ? stored : null;
    if (!pick) {
      var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
      for (var i = 0; i < wanted.length && !pick; i++) {
        var code = primary(wanted[i]);
        if (codes.indexOf(code) >= 0) {
          pick = code;
        }
      }
    }
    location.replace(base + (pick || codes[0]) + '/');
  }

  /* 2. Remember an explicit language choice made in the switcher (or on the root page). */
  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('.lang-switch a[hreflang], .language-chooser a[hreflang]') : null;
    if (link) {
      storeChoice(primary(link.getAttribute('hreflang')));
    }
  });

  /* The header's real height (one row on a phone, two while its search is open, whatever the site title's
     length), so anchors and the sidebar clear it: theme.css reads --header-offset and falls back to the
     one-row height without JavaScript. */
  function trackHeaderHeight() {
    var header = document.querySelector('.site-header');
    if (!header) {
      return;
    }
    function update() {
      root.style.setProperty('--header-offset', Math.ceil(header.getBoundingClientRect().height) + 'px');
    }
    update();
    if (window.ResizeObserver) {
      new ResizeObserver(update).observe(header);
    } else {
      window.addEventListener('resize', update);
    }
  }

  /* On a phone the search box waits behind a button in the one-row header. Without JavaScript that button
     is a link to the search page, which works without it. */
  function setUpSearchToggle() {
    var link = document.querySelector('a.search-toggle');
    var header = link && link.closest('.site-header');
    var form = header && header.querySelector('form.site-search');
    var input = form && form.querySelector('input[name="q"]');
    if (!input) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    while (link.firstChild) {
      button.appendChild(link.firstChild);
    }
    button.setAttribute('aria-controls', form.id);
    button.setAttribute('aria-expanded', 'false');
    link.parentNode.replaceChild(button, link);

    function isOpen() {
      return header.classList.contains('is-searching');
    }

    function setOpen(open) {
      header.classList.toggle('is-searching', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) {
        input.focus();
      }
    }

    button.addEventListener('click', function () {
      setOpen(!isOpen());
    });

    /* Escape closes the suggestions first (search.js), then the box. Read before search.js handles the key. */
    document.addEventListener('keydown', function (event) {
      if ((event.key === 'Escape' || event.key === 'Esc') && isOpen() && form.contains(event.target)
          && input.getAttribute('aria-expanded') !== 'true') {
        setOpen(false);
        button.focus();
      }
    }, true);
  }

  /* 3. The sidebar toggle for small screens. */
  function setUpNavToggle() {
    var button = document.querySelector('button.nav-toggle');
    var nav = document.getElementById('site-nav');
    if (!button || !nav) {
      return;
    }
    var header = button.closest('.site-header');

    function placeNav() {
      if (header) {
        nav.style.setProperty('--nav-top', Math.round(header.getBoundingClientRect().bottom) + 'px');
      }
    }

    function setOpen(open, returnFocus) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('is-open', open);
      if (open) {
        placeNav();
      } else if (returnFocus) {
        button.focus();
      }
    }

    function isOpen() {
      return button.getAttribute('aria-expanded') === 'true';
    }

    button.hidden = false;
    button.setAttribute('aria-expanded', 'false');

    button.addEventListener('click', function () {
      setOpen(!isOpen(), false);
    });

    document.addEventListener('keydown', function (event) {
      if ((event.key === 'Escape' || event.key === 'Esc') && isOpen()) {
        setOpen(false, true);
      }
    });

    /* Focus leaving the open menu for the page behind it closes the menu, so focus is never hidden under it. */
    document.addEventListener('focusin', function (event) {
      if (isOpen() && !nav.contains(event.target) && !(header && header.contains(event.target))) {
        setOpen(false, false);
      }
    });

    window.addEventListener('resize', function () {
      if (isOpen()) {
        placeNav();
      }
    });
  }

  /* 4. A small "#" link after each section heading in the article body. */
  function addHeadingAnchors() {
    var label = primary(root.getAttribute('lang')) === 'sv' ? 'Länk till det här avsnittet' : 'Link to this section';
    var headings = document.querySelectorAll('.prose h2[id], .prose h3[id]');
    Array.prototype.forEach.call(headings, function (heading) {
      if (!heading.id || heading.querySelector('.heading-anchor')) {
        return;
      }
      var anchor = document.createElement('a');
      anchor.className = 'heading-anchor';
      anchor.href = '#' + heading.id;
      anchor.setAttribute('aria-label', label);
      anchor.textContent = '#';
      heading.appendChild(anchor);
    });
  }

  /* Learning paths: the task list becomes a checklist that remembers the reader's progress in this browser,
     one record per page and its translations (the item at the same place is the same step), so ticking
     "Week 1" in English shows in Swedish too. Each item's text is its checkbox's label. Without JavaScript
     it stays a plain list, and the page says nothing about ticking. */
  function setUpChecklist() {
    var article = document.querySelector('article[data-checklist]');
    if (!article) { return; }
    var boxes = Array.prototype.slice.call(article.querySelectorAll('.prose .task-list-item input[type="checkbox"]'));
    if (boxes.length === 0) { return; }
    var key = 'pmo-checklist:' + article.getAttribute('data-page-key');
    var saved = readJson(key) || readJson('pmo-checklist:' + location.pathname) || {};
    var hint = document.createElement('p');
    hint.className = 'checklist-hint';
    hint.textContent = article.getAttribute('data-checklist');
    var progress = document.createElement('p');
    progress.className = 'checklist-progress';
    progress.setAttribute('role', 'status');
    var firstList = boxes[0].closest('ul, ol');
    firstList.parentNode.insertBefore(hint, firstList);
    firstList.parentNode.insertBefore(progress, firstList);
    var template = article.getAttribute('data-checklist-progress') || '{0} / {1}';

    function update() {
      var done = boxes.filter(function (box) { return box.checked; }).length;
      progress.textContent = template.replace('{0}', done).replace('{1}', boxes.length);
    }

    boxes.forEach(function (box, index) {
      box.disabled = false;
      box.removeAttribute('disabled');
      box.id = 'checklist-item-' + index;
      box.parentNode.classList.add('checklist-item');
      /* The item's own text (not a list nested under it) becomes the label, so a click on it ticks the box. */
      var label = document.createElement('label');
      label.htmlFor = box.id;
      while (box.nextSibling && !(box.nextSibling.nodeType === 1 && /^(UL|OL|P|DIV|TABLE|BLOCKQUOTE|PRE)$/.test(box.nextSibling.nodeName))) {
        label.appendChild(box.nextSibling);
      }
      box.parentNode.insertBefore(label, box.nextSibling);
      if (Object.prototype.hasOwnProperty.call(saved, index)) { box.checked = saved[index]; }
      box.addEventListener('change', function () {
        saved[index] = box.checked;
        try { localStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* private mode: progress lasts this visit */ }
        update();
      });
    });
    update();
  }

  function readJson(key) {
    try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { return null; }
  }

  /* Wide tables: the frame shows a shadow on each side that has more to scroll to, and a table that fits
     is not a stop for the Tab key (the scrolling region only needs one when there is something to scroll). */
  function setUpScrollingTables() {
    Array.prototype.forEach.call(document.querySelectorAll('.table-frame'), function (frame) {
      var scroller = frame.querySelector('.table-scroll');
      if (!scroller) {
        return;
      }
      function update() {
        var max = scroller.scrollWidth - scroller.clientWidth;
        var scrollable = max > 1;
        frame.classList.toggle('is-scrollable', scrollable);
        frame.classList.toggle('has-more-before', scrollable && scroller.scrollLeft > 1);
        frame.classList.toggle('has-more-after', scrollable && scroller.scrollLeft < max - 1);
        if (scrollable) {
          scroller.setAttribute('tabindex', '0');
        } else {
          scroller.removeAttribute('tabindex');
        }
      }
      scroller.addEventListener('scroll', update, { passive: true });
      if (window.ResizeObserver) {
        new ResizeObserver(update).observe(scroller);
      } else {
        window.addEventListener('resize', update);
      }
      update();
    });
  }

  /* The section being read: the last heading that has reached the header. The on-page contents mark it
     (aria-current), and the language switcher's links carry it, so switching language lands on the same
     section: by the same heading id, else by the heading at the same place (a translation's ids differ). */
  function trackCurrentSection() {
    var headings = Array.prototype.slice.call(document.querySelectorAll('.prose h2[id], .prose h3[id]'));
    if (headings.length === 0) {
      return;
    }
    var tocLinks = {};
    Array.prototype.forEach.call(document.querySelectorAll('.toc a[href^="#"]'), function (link) {
      tocLinks[decodeURIComponent(link.getAttribute('href').slice(1))] = link;
    });
    var here = document.querySelector('.lang-switch [aria-current][data-headings]');
    var own = here ? here.getAttribute('data-headings').split(' ') : headings.map(function (h) { return h.id; });
    var languageLinks = Array.prototype.slice.call(document.querySelectorAll('.lang-switch a[data-headings]'));
    var current = null;
    var pending = false;

    /* Where a jump to a heading puts it (theme.css: the header's height and a little air), plus a few pixels' slack. */
    function line() {
      return (parseFloat(getComputedStyle(root).scrollPaddingTop) || 0) + 4;
    }

    function find() {
      var limit = line();
      var found = null;
      for (var i = 0; i < headings.length && headings[i].getBoundingClientRect().top <= limit; i++) {
        found = headings[i];
      }
      /* At the very end the last sections cannot reach the header: take the one the reader jumped to, or the last one in view. */
      var scroller = document.scrollingElement || root;
      if (scroller.scrollTop > 0 && window.innerHeight + scroller.scrollTop >= scroller.scrollHeight - 2) {
        var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
        if (target && headings.indexOf(target) >= 0 && target.getBoundingClientRect().top < window.innerHeight) {
          return target;
        }
        for (var j = headings.length - 1; j >= 0; j--) {
          if (headings[j].getBoundingClientRect().top < window.innerHeight) {
            return headings[j];
          }
        }
      }
      return found;
    }

    function update() {
      pending = false;
      var next = find();
      if (next === current) {
        return;
      }
      if (current && tocLinks[current.id]) {
        tocLinks[current.id].removeAttribute('aria-current');
      }
      current = next;
      if (current && tocLinks[current.id]) {
        tocLinks[current.id].setAttribute('aria-current', 'true');
      }
      languageLinks.forEach(function (link) {
        var theirs = link.getAttribute('data-headings').split(' ');
        var id = current ? sameSection(current.id, own, theirs) : null;
        link.href = link.href.split('#')[0] + (id ? '#' + encodeURIComponent(id) : '');
      });
    }

    function schedule() {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }

    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('hashchange', schedule);
    update();
  }

  function sameSection(id, own, theirs) {
    if (theirs.indexOf(id) >= 0) {
      return id;
    }
    var index = own.indexOf(id);
    return index >= 0 && index < theirs.length ? theirs[index] : null;
  }

  /* The template gallery's filters are radio buttons that CSS applies, with or without JavaScript; with it
     they are also kept in the address (?category=risk&format=xlsx), so a filtered gallery can be shared
     and survives a reload. */
  function setUpGalleryFilters() {
    var filters = document.querySelector('.gallery-filters');
    if (!filters || !window.URLSearchParams || !window.history.replaceState) {
      return;
    }
    var params = new URLSearchParams(location.search);
    Array.prototype.forEach.call(filters.querySelectorAll('input[type="radio"][data-filter]'), function (input) {
      if (params.get(input.getAttribute('data-filter')) === input.value) {
        input.checked = true;
      }
    });
    filters.addEventListener('change', function (event) {
      var input = event.target;
      var name = input && input.getAttribute('data-filter');
      if (!name) {
        return;
      }
      var query = new URLSearchParams(location.search);
      if (input.value === 'all') {
        query.delete(name);
      } else {
        query.set(name, input.value);
      }
      var search = query.toString();
      window.history.replaceState(window.history.state, '', location.pathname + (search ? '?' + search : '') + location.hash);
    });
  }

  function init() {
    var body = document.body;
    if (body && body.classList.contains('language-chooser')) {
      chooseLanguage(body);
      return;
    }
    trackHeaderHeight();
    setUpSearchToggle();
    setUpNavToggle();
    addHeadingAnchors();
    setUpChecklist();
    setUpScrollingTables();
    trackCurrentSection();
    setUpGalleryFilters();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

/* ==========================================================================
   Page feedback ("Was this page helpful?", themes/default/Components/PageFeedback.razor).
   The static page holds the form hidden: it needs an antiforgery token from the app. Ask the app for one;
   with a token, fill it in and show the form; without the app (a static-only deploy) it stays hidden.
   Answers are posted with fetch (204), and the form is swapped for the thanks. A plain post (303 back to
   the page with ?feedback=thanks) shows the thanks too.
   ========================================================================== */
(function () {
  'use strict';

  function setUpPageFeedback() {
    var section = document.getElementById('feedback');
    var form = section && section.querySelector('form.page-feedback__form');
    if (!form || !window.fetch || !window.URLSearchParams) {
      return;
    }
    var thanks = section.querySelector('.page-feedback__thanks');
    var error = form.querySelector('.page-feedback__error');
    var button = form.querySelector('button[type="submit"]');

    function showThanks(moveFocus) {
      section.hidden = false;
      form.hidden = true;
      thanks.hidden = false;
      if (moveFocus) {
        thanks.focus();
      }
    }

    if (/(^|[?&])feedback=thanks(&|$)/.test(location.search.slice(1))) {
      showThanks(false);
      return;
    }

    fetch(section.getAttribute('data-token-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (token) {
        if (!token || !token.field || !token.token) {
          return;
        }
        var input = form.querySelector('input[data-antiforgery]');
        input.name = token.field;
        input.value = token.token;
        section.hidden = false;
      })
      .catch(function () { /* no app behind this site: the form stays hidden */ });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      error.hidden = true;
      button.disabled = true;
      fetch(form.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams(new FormData(form))
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('feedback: ' + response.status);
          }
          showThanks(true);
        })
        .catch(function () {
          error.hidden = false;
        })
        .then(function () {
          button.disabled = false;
        });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpPageFeedback);
  } else {
    setUpPageFeedback();
  }
})();
