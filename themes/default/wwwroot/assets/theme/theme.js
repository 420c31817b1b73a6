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

  /* Learning paths: the task list becomes a checklist that remembers the reader's progress in this
     browser. Without JavaScript it stays a plain list. */
  function setUpChecklist() {
    if (!document.body.classList.contains('type-path')) { return; }
    var boxes = Array.prototype.slice.call(document.querySelectorAll('.prose .task-list-item input[type="checkbox"]'));
    if (boxes.length === 0) { return; }
    var key = 'pmo-checklist:' + location.pathname;
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(key) || '{}'); } catch (e) { saved = {}; }
    var sv = document.documentElement.lang === 'sv';
    var progress = document.createElement('p');
    progress.className = 'checklist-progress';
    progress.setAttribute('role', 'status');
    var firstList = boxes[0].closest('ul, ol');
    firstList.parentNode.insertBefore(progress, firstList);

    function update() {
      var done = boxes.filter(function (box) { return box.checked; }).length;
      progress.textContent = sv ? done + ' av ' + boxes.length + ' klara' : done + ' of ' + boxes.length + ' done';
    }

    boxes.forEach(function (box, index) {
      box.disabled = false;
      box.removeAttribute('disabled');
      box.id = 'checklist-item-' + index;
      box.setAttribute('aria-label', box.parentNode.textContent.trim());
      if (Object.prototype.hasOwnProperty.call(saved, index)) { box.checked = saved[index]; }
      box.addEventListener('change', function () {
        saved[index] = box.checked;
        try { localStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* private mode: progress lasts this visit */ }
        update();
      });
    });
    update();
  }

  function init() {
    var body = document.body;
    if (body && body.classList.contains('language-chooser')) {
      chooseLanguage(body);
      return;
    }
    setUpNavToggle();
    addHeadingAnchors();
    setUpChecklist();
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
