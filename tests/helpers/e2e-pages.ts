// Helpers for the browser tests: pages with the Canvas renderer, keyboard-only navigation that
// checks the focus is visible, and a layout check for horizontal overflow.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { expect, vi } from "vitest";

// A page reacts within about 100 ms, but `npm test` runs the browser tests beside the CPU-heavy
// unit tests on 2 cores: give every expect.poll in these files 10 s before it fails.
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

export async function canvasPage(browser: Browser, errors: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await context.addInitScript(() => {
    // Documents without storage (a PDF being printed, about:blank) run this too.
    try {
      localStorage.setItem("normcraft:renderer", "canvas");
      if (!localStorage.getItem("normcraft:locale")) localStorage.setItem("normcraft:locale", "en");
    } catch {
      /* no storage here */
    }
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on("dialog", (d) => void d.accept());
  return page;
}

/** Presses Tab until the focused element matches `selector`; fails if it never does or if the focus is not visible. */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate((sel) => {
      const el = document.activeElement;
      if (!el || !el.matches(sel)) return null;
      const style = getComputedStyle(el);
      return { visible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2, focusVisible: el.matches(":focus-visible") };
    }, selector);
    if (state) {
      if (!state.visible || !state.focusVisible) throw new Error(`focus on ${selector} is not visible`);
      return;
    }
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses`);
}

/** Whether the page scrolls sideways at its current viewport (it should not). */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** A player joins from the landing page with the mouse and, given a seat, takes it (and heads it). */
export async function joinAsPlayer(page: Page, base: string, code: string, name: string, seat: string | null): Promise<Page> {
  await page.goto(base);
  await page.getByLabel("Room code").fill(code);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  if (seat) await page.getByTestId(`claim-${seat}`).click();
  await expect.poll(() => page.getByTestId("you").textContent()).toContain(seat ? "head of the delegation" : "not yet seated");
  return page;
}

/** The facilitator's console of a session, its key in this browser. */
export async function openConsole(browser: Browser, errors: string[], base: string, code: string, key: string): Promise<Page> {
  const chair = await canvasPage(browser, errors);
  await chair.context().addInitScript(([c, k]) => {
    try {
      localStorage.setItem(`normcraft:${c}:key`, k ?? "");
    } catch {
      /* documents without storage (a PDF being printed) */
    }
  }, [code, key]);
  await chair.goto(`${base}/s/${code}`);
  await expect.poll(() => chair.getByTestId("you").textContent()).toContain("facilitator");
  return chair;
}
