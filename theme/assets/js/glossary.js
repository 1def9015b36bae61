// Glossary popovers: a linked term (a.term[data-term]) shows its short definition on hover, focus or a first tap,
// as a tooltip the link is described by. Escape closes it. Without this script a term is a plain link to its page.
(() => {
  'use strict';
  const links = document.querySelectorAll('a.term[data-term]');
  if (links.length === 0) return;

  const script = document.currentScript || document.querySelector('script[data-terms]');
  const source = script && script.dataset.terms;
  let terms = null;
  let loading = null;
  const load = () => {
    // Fetched once, on the first term the reader shows interest in, not on every page load.
    if (!loading && source) {
      loading = fetch(source).then(r => (r.ok ? r.json() : {})).catch(() => ({})).then(data => (terms = data));
    }
    return loading || Promise.resolve({});
  };

  const tip = document.createElement('div');
  tip.id = 'term-popover';
  tip.className = 'term-popover';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  // Inside <main>: all content belongs to a landmark, and the terms it explains are there.
  (document.querySelector('main') || document.body).appendChild(tip);

  let current = null;
  let hideTimer = 0;

  const place = link => {
    const box = link.getBoundingClientRect();
    tip.style.left = '0px';
    tip.style.top = '0px';
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const gap = 8;
    const left = Math.max(gap, Math.min(box.left, document.documentElement.clientWidth - width - gap));
    // Below the term when it fits, else above: never on top of the term itself.
    const below = box.bottom + gap + height <= window.innerHeight || box.top - gap - height < 0;
    const top = below ? box.bottom + gap : box.top - gap - height;
    tip.dataset.side = below ? 'below' : 'above';
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };

  const show = link => {
    clearTimeout(hideTimer);
    load().then(data => {
      const term = data && data[link.dataset.term];
      if (!term) return;
      if (current && current !== link) current.removeAttribute('aria-describedby');
      current = link;
      tip.textContent = '';
      const name = document.createElement('strong');
      name.textContent = term.en && term.en !== term.zh ? `${term.zh} · ${term.en}` : term.zh;
      const text = document.createElement('span');
      text.textContent = term.short;
      tip.append(name, text);
      tip.hidden = false;
      link.setAttribute('aria-describedby', tip.id);
      place(link);
    });
  };

  const hide = () => {
    if (!current) return;
    current.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };

  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 150);
  };

  let touched = null;
  for (const link of links) {
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('focus', () => show(link));
    link.addEventListener('blur', hideSoon);
    link.addEventListener('pointerdown', e => { touched = e.pointerType === 'touch' ? link : null; });
    link.addEventListener('click', e => {
      // On touch screens the first tap shows the definition; a second tap on the same term follows the link.
      if (touched === link && current !== link) {
        e.preventDefault();
        show(link);
      }
    });
  }

  tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  tip.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && current) hide();
  });
  document.addEventListener('pointerdown', e => {
    if (current && e.target !== current && !tip.contains(e.target)) hide();
  });
  window.addEventListener('resize', () => current && place(current));
})();
