// An in-page confirmation, instead of the browser's confirm(): a modal <dialog> (the rest of the
// page is inert, so focus stays inside it), titled and described for screen readers, with the
// safe choice focused first; Escape cancels. Resolves with the person's answer.
import { html, render } from "lit-html";
import { t } from "../i18n/index.ts";

let uid = 0;

export function confirmDialog(opts: { title: string; body: string; confirm: string; danger?: boolean }): Promise<boolean> {
  const id = `confirm-${++uid}`;
  const dialog = document.createElement("dialog");
  dialog.className = "confirm";
  dialog.dataset.testid = "confirm-dialog";
  dialog.setAttribute("aria-labelledby", `${id}-title`);
  dialog.setAttribute("aria-describedby", `${id}-body`);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      opener?.focus();
      resolve(answer);
    };
    render(
      html`<h2 id=${`${id}-title`}>${opts.title}</h2>
        <p id=${`${id}-body`}>${opts.body}</p>
        <div class="row">
          <button type="button" data-testid="confirm-cancel" @click=${() => close(false)}>${t("common.cancel")}</button>
          <button type="button" data-testid="confirm-ok" class=${opts.danger ? "danger" : "primary"} @click=${() => close(true)}>${opts.confirm}</button>
        </div>`,
      dialog,
    );
    // showModal() makes the page behind inert; Tab and Shift+Tab also cycle inside the dialog
    // rather than leaving for the browser's own controls.
    dialog.addEventListener("keydown", (e) => {
      if (e.key !== "Tab") return;
      const items = [...dialog.querySelectorAll<HTMLElement>("button, [href], input, select, textarea")];
      const at = items.indexOf(document.activeElement as HTMLElement);
      const next = items[(at + (e.shiftKey ? -1 : 1) + items.length) % items.length];
      if (!next) return;
      e.preventDefault();
      next.focus();
    });
    dialog.addEventListener("cancel", (e) => {
      e.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('[data-testid="confirm-cancel"]')?.focus();
  });
}
