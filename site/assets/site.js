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
    // 0. The widgets' script, once the page is drawn: server-rendered widgets are readable
    // already, and the first paint does not wait for (or share bandwidth with) their code.
    var widgets = root.getAttribute('data-renda-widgets');
    if (widgets) {
      var script = document.createElement('script');
      script.type = 'module';
      script.src = widgets;
      document.head.appendChild(script);
    }

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

    // 4. An in-page jump (给代表留言 → #contact) stays on its target while the widgets above it
    // upgrade: a widget's controls appear only with script, so it grows after the jump and would
    // push the target out of view. For two seconds after the jump, the page follows the target.
    window.addEventListener('hashchange', function () {
      var target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (!target || !window.ResizeObserver) return;
      var top = target.getBoundingClientRect().top;
      var follow = new ResizeObserver(function () {
        var moved = target.getBoundingClientRect().top - top;
        if (Math.abs(moved) > 2) window.scrollBy(0, moved);
      });
      follow.observe(document.body);
      setTimeout(function () { follow.disconnect(); }, 2000);
    });

    // 3. Table filters (the deputies directory): select boxes over data attributes of the rows,
    // kept in the URL so a link reproduces the view. Without script the form stays hidden and
    // the whole table shows.
    var forms = document.querySelectorAll('form[data-filter-table]');
    for (var f = 0; f < forms.length; f++) (function (form) {
      var table = document.getElementById(form.getAttribute('data-filter-table'));
      var count = document.getElementById(form.getAttribute('data-filter-count'));
      if (!table) return;
      var selects = form.querySelectorAll('select');
      var params = new URLSearchParams(location.search);
      for (var k = 0; k < selects.length; k++) if (params.get(selects[k].name)) selects[k].value = params.get(selects[k].name);
      function apply(push) {
        var rows = table.tBodies[0].rows;
        var shown = 0;
        for (var r = 0; r < rows.length; r++) {
          var row = rows[r];
          var ok = true;
          for (var k = 0; k < selects.length; k++) {
            var value = selects[k].value;
            if (!value) continue;
            var data = row.getAttribute('data-' + selects[k].name) || '';
            // A row may carry several values (a deputy at two levels, or in two 选区).
            if (data.split(' ').indexOf(value) === -1) ok = false;
          }
          row.hidden = !ok;
          if (ok) shown++;
        }
        if (count) count.textContent = count.parentNode.getAttribute('data-filter-count-text').replace('{count}', shown);
        if (push) {
          var url = new URL(location.href);
          for (var k = 0; k < selects.length; k++) {
            if (selects[k].value) url.searchParams.set(selects[k].name, selects[k].value);
            else url.searchParams.delete(selects[k].name);
          }
          history.replaceState(null, '', url);
        }
      }
      form.addEventListener('change', function () { apply(true); });
      form.addEventListener('submit', function (event) { event.preventDefault(); });
      form.hidden = false;
      apply(false);
    })(forms[f]);

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
