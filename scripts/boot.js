// Offline support: registers the service worker (scripts/sw.mjs) and offers a new release
// ("A new version is ready"), never reloading on its own. If anything here fails, the site
// simply works online. A file, not an inline script: the page's CSP allows no inline script.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var texts = {
    nl: ['Er is een nieuwe versie van Waakzaam.', 'Nu vernieuwen'],
    en: ['A new version of Waakzaam is ready.', 'Reload now']
  };
  var reloading = false;
  function offer(worker) {
    var t = texts[document.documentElement.lang] || texts.nl;
    document.getElementById('wz-update-text').textContent = t[0];
    var button = document.getElementById('wz-update-button');
    button.textContent = t[1];
    button.onclick = function () {
      reloading = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    };
    document.getElementById('wz-update').hidden = false;
  }
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloading) window.location.reload();
  });
  function register() {
    navigator.serviceWorker.register('/sw.js').then(function (reg) {
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    }).catch(function () {});
  }
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
