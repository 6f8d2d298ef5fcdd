// Speaks events to screen readers through the page's aria-live regions (polite or assertive).
export function announce(text: string, politeness: "polite" | "assertive" = "polite"): void {
  const region = document.getElementById(politeness === "assertive" ? "alerts" : "announcer");
  if (!region) return;
  const line = document.createElement("p");
  line.textContent = text;
  region.append(line);
  // keep the region short; screen readers read additions, not the whole list
  while (region.childElementCount > 5) region.firstElementChild?.remove();
}
