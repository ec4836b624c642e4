// The Reports tab's script: get a token (Teams single sign-on, or the development sign-in outside Teams when the host
// offers it), ask the host for the report, and put the host's HTML in place. The host encodes every value it writes;
// this script adds text only through textContent.
'use strict';
(() => {
  const main = document.getElementById('tab');
  const status = document.getElementById('status');
  const target = document.getElementById('report');
  const params = new URLSearchParams(location.search);
  const filters = { period: params.get('period') || '', scope: params.get('scope') || '' };
  let lang = params.get('lang');
  let token = null;

  const withTimeout = (promise, ms) =>
    Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('no answer in ' + ms + ' ms')), ms))]);

  async function teamsToken() {
    const teams = window.microsoftTeams;
    if (!teams) return null;
    await teams.app.initialize();
    try {
      const context = await teams.app.getContext();
      lang = lang || (context.app && context.app.locale) || null;
    } catch (_) { /* the language then comes from the browser */ }
    return teams.authentication.getAuthToken();
  }

  async function developmentToken() {
    const form = document.getElementById('dev-sign-in');
    const user = params.get('devUser');
    if (!user) {
      form.hidden = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        params.set('devUser', form.elements.devUser.value.trim());
        location.search = params.toString();
      });
      return null;
    }
    const response = await fetch('/tab/dev/sign-in?user=' + encodeURIComponent(user));
    if (!response.ok) throw new Error((await response.json().catch(() => ({}))).message || response.statusText);
    return (await response.json()).token;
  }

  function fail(message) {
    const alert = document.createElement('div');
    alert.className = 'refusal';
    alert.id = 'error';
    alert.setAttribute('role', 'alert');
    alert.textContent = message;
    target.replaceChildren(alert);
    status.hidden = true;
    main.dataset.state = 'error';
  }

  async function load() {
    const query = new URLSearchParams();
    if (filters.period) query.set('period', filters.period);
    if (filters.scope) query.set('scope', filters.scope);
    if (lang) query.set('lang', lang);
    main.dataset.state = 'loading';
    status.hidden = false;
    const response = await fetch('/tab/api/report?' + query.toString(), { headers: { Authorization: 'Bearer ' + token } });
    if ((response.headers.get('content-type') || '').startsWith('text/html')) {
      target.innerHTML = await response.text();
      const body = document.getElementById('report-body');
      if (body) document.documentElement.lang = body.dataset.lang;
      status.hidden = true;
      main.dataset.state = response.ok ? 'ready' : 'refused';
      return;
    }
    const problem = await response.json().catch(() => ({}));
    fail(problem.message || (response.status + ' ' + response.statusText));
  }

  target.addEventListener('submit', (event) => {
    if (event.target.id !== 'filters') return;
    event.preventDefault();
    filters.period = event.target.elements.period.value;
    filters.scope = event.target.elements.scope.value;
    params.set('period', filters.period);
    if (filters.scope) params.set('scope', filters.scope); else params.delete('scope');
    history.replaceState(null, '', '?' + params.toString());
    load().catch((error) => fail(error.message));
  });

  (async () => {
    try {
      token = await withTimeout(teamsToken(), 5000);
    } catch (_) {
      token = null; // not in Teams, or Teams would not sign in
    }
    if (!token && main.dataset.developmentSignIn === 'true') {
      try {
        token = await developmentToken();
      } catch (error) {
        fail(error.message);
        return;
      }
    }
    if (!token) {
      status.hidden = true;
      document.getElementById('not-in-teams').hidden = false;
      main.dataset.state = 'signed-out';
      return;
    }
    await load();
  })().catch((error) => fail(error.message));
})();
