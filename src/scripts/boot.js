(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const stored = localStorage.getItem('theme');
    if (stored === 'dark' || stored === 'light') root.dataset.theme = stored;
  } catch {}
  const current = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const run = (el, event) => import(/* @vite-ignore */ el.dataset.module).then((m) => m.default(el, event));
  addEventListener('click', (event) => {
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const toggle = event.target.closest?.('[data-theme-toggle]');
    if (toggle) {
      root.dataset.theme = current() === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem('theme', root.dataset.theme);
      } catch {}
      return;
    }
    const el = event.target.closest?.('[data-module]');
    if (!el) return;
    event.preventDefault();
    run(el, event);
  });
  addEventListener('keydown', (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing);
    const opener = shortcut && document.querySelector('[data-search-open]');
    if (!opener) return;
    event.preventDefault();
    run(opener, event);
  });
})();
