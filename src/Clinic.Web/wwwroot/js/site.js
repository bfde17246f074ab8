// Small enhancements only; every page works without this script (CSP: script-src 'self').
(() => {
  'use strict';

  // A link to a FAQ answer (/faq#is-it-addictive) or to anything inside a closed answer opens it.
  const openTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (!target) return;
    let opened = false;
    for (let node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS' && !node.open) { node.open = true; opened = true; }
    }
    if (opened) target.scrollIntoView();
  };
  window.addEventListener('hashchange', openTarget);
  openTarget();

  document.addEventListener('click', (event) => {
    const copy = event.target.closest('[data-copy-link]');
    if (copy && navigator.clipboard) {
      event.preventDefault();
      const url = new URL(copy.getAttribute('href'), location.href).href;
      history.replaceState(null, '', url);
      const status = copy.parentElement.querySelector('.copy-status');
      navigator.clipboard.writeText(url).then(
        () => { status.textContent = 'Link copied.'; },
        () => { status.textContent = 'The address bar now shows the link to this answer.'; });
      return;
    }

    // A glossary term: the first tap shows its definition; a second tap (or Enter) opens the glossary.
    const term = event.target.closest('a.term');
    if (term && event.detail > 0 && !term.classList.contains('open')) {
      event.preventDefault();
      document.querySelectorAll('a.term.open').forEach((other) => other.classList.remove('open'));
      term.classList.remove('dismissed');
      term.classList.add('open');
    }
  });

  // Escape hides a shown definition without moving focus (WCAG 1.4.13).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('a.term.open, a.term:focus').forEach((term) => {
      term.classList.remove('open');
      term.classList.add('dismissed');
    });
  });
  document.addEventListener('focusout', (event) => {
    if (event.target.matches && event.target.matches('a.term')) event.target.classList.remove('dismissed', 'open');
  });
})();
