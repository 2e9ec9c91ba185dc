(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const stored = localStorage.getItem('theme');
    if (stored === 'dark' || stored === 'light') root.dataset.theme = stored;
  } catch {}
  const field = () => document.querySelector('[data-search-open]');
  const openSearch = () => {
    const dialog = document.querySelector('dialog[data-search-dialog]');
    const input = dialog?.querySelector('input');
    if (!input) return;
    if (!dialog.open) {
      input.value ||= field()?.value ?? '';
      dialog.showModal();
    }
    input.focus();
    return true;
  };
  addEventListener('click', (event) => {
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (event.target === field()) return openSearch();
    if (!event.target.closest?.('[data-theme-toggle]')) return;
    const dark =
      (root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
    root.dataset.theme = dark ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', root.dataset.theme);
    } catch {}
  });
  addEventListener('keydown', (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if (((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) && openSearch())
      event.preventDefault();
  });
})();
