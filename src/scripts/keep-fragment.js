(() => {
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
  const target = /url=(.+)$/i.exec(refresh)?.[1];
  if (target && location.hash && !target.includes('#')) location.replace(target + location.hash);
})();
