// The town sites' one script of their own (widgets come from renda-embed.js).
// 1. Display settings for elderly readers (适老化): large text and high contrast, remembered on this
// device. Loaded as a classic script in <head> so the setting applies before the first paint
// (no flash of small text), and as a file, not inline, so a strict CSP holds.
(function () {
  var KEY = 'renda-display';
  var root = document.documentElement;
  function read() {
    try {
      return JSON.parse(localStorage.getItem(KEY) || '{}') || {};
    } catch (error) {
      return {};
    }
  }
  function apply(settings) {
    if (settings.text === 'large') root.setAttribute('data-renda-text', 'large');
    else root.removeAttribute('data-renda-text');
    if (settings.theme === 'contrast') root.setAttribute('data-renda-theme', 'contrast');
    else root.removeAttribute('data-renda-theme');
  }
  var settings = read();
  apply(settings);

  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('[data-renda-display]');
    function sync() {
      for (var i = 0; i < buttons.length; i++) {
        var button = buttons[i];
        var key = button.getAttribute('data-renda-display');
        var on = key === 'text' ? settings.text === 'large' : settings.theme === 'contrast';
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
        button.hidden = false;
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        var key = event.currentTarget.getAttribute('data-renda-display');
        if (key === 'text') settings.text = settings.text === 'large' ? 'normal' : 'large';
        else settings.theme = settings.theme === 'contrast' ? 'default' : 'contrast';
        try {
          localStorage.setItem(KEY, JSON.stringify(settings));
        } catch (error) {
          // Private browsing or a full store: the choice still applies to this page.
        }
        apply(settings);
        sync();
      });
    }
    sync();

    // 2. Copy buttons for the embed snippets: the snippet stays selectable text without JS.
    var copyButtons = document.querySelectorAll('[data-copy-target]');
    for (var j = 0; j < copyButtons.length; j++) {
      copyButtons[j].hidden = false;
      copyButtons[j].addEventListener('click', function (event) {
        var button = event.currentTarget;
        var source = document.getElementById(button.getAttribute('data-copy-target'));
        var status = document.getElementById(button.getAttribute('data-copy-status'));
        if (!source) return;
        var done = function (ok) {
          if (status) status.textContent = ok ? button.getAttribute('data-copied') : button.getAttribute('data-copy-failed');
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(source.value || source.textContent).then(function () { done(true); }, function () { done(false); });
        } else {
          source.select && source.select();
          done(false);
        }
      });
    }
  });
})();
