// Client entry: a tiny router between the landing page and a session page.
import { showLanding } from "./ui/landing.ts";
import { showSession } from "./ui/session-page.ts";

const root = document.getElementById("app") as HTMLElement;

function go(path: string): void {
  history.pushState(null, "", path);
  route();
}

function route(): void {
  const match = /^\/s\/([A-Za-z0-9]+)\/?$/.exec(location.pathname);
  if (match?.[1]) void showSession(root, match[1].toUpperCase(), new URLSearchParams(location.search).has("watch"), go);
  else void showLanding(root, go);
}

window.addEventListener("popstate", route);
route();
