// Client entry: a tiny router — landing (/), a session (/s/CODE, ?watch for spectators), the
// projector (/s/CODE/projector) and the printable briefings (/s/CODE/handouts).
import { currentLocale } from "./i18n/index.ts";
import { showLanding } from "./ui/landing.ts";

const root = document.getElementById("app") as HTMLElement;
document.documentElement.lang = currentLocale();

function go(path: string): void {
  history.pushState(null, "", path);
  route();
}

function route(): void {
  const match = /^\/s\/([A-Za-z0-9]+)(\/projector|\/handouts)?\/?$/.exec(location.pathname);
  if (match?.[1] && match[2] === "/handouts") {
    const code = match[1].toUpperCase();
    void import("./ui/handouts-page.ts").then(({ showHandouts }) => showHandouts(root, code));
  } else if (match?.[1]) {
    const mode = match[2] ? "projector" : new URLSearchParams(location.search).has("watch") ? "watch" : "auto";
    const code = match[1].toUpperCase();
    // The session page (and the Colyseus SDK) loads only for sessions: the landing page stays light.
    void import("./ui/session-page.ts").then(({ showSession }) => showSession(root, code, mode, go));
  } else {
    void showLanding(root, go);
    // Fetch the session page while people read the landing page, so joining feels instant.
    setTimeout(() => void import("./ui/session-page.ts"), 2000);
  }
}

window.addEventListener("popstate", () => location.reload());
route();
