// What every view shares: the incident on screen, how to redraw it, the reviewer's name, toasts.

export const state = {
  /** Slug of the incident on screen, or null on the incidents list. */
  incident: null,
  /** Redraws the current view after a change (set by the router). */
  refresh: async () => {},
};

const whoInput = document.getElementById('who');
whoInput.value = localStorage.getItem('sitrep.who') ?? '';
whoInput.addEventListener('change', () => localStorage.setItem('sitrep.who', whoInput.value.trim()));

/** The reviewer's name for the audit log; asks for it when empty. */
export function reviewer() {
  const who = whoInput.value.trim();
  if (!who) {
    toast('Type your name in “Reviewing as” first: every review action records who took it.', 'error');
    whoInput.focus();
    return null;
  }
  localStorage.setItem('sitrep.who', who);
  return who;
}

let toastTimer = 0;
export function toast(message, kind = 'info') {
  const el = document.getElementById('toast');
  el.textContent = message;
  el.dataset.kind = kind;
  el.classList.add('show');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove('show'), 6000);
}
