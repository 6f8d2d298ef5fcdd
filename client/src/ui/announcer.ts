// Speaks events to screen readers through the page's aria-live region.
export function announce(text: string): void {
  const region = document.getElementById("announcer");
  if (!region) return;
  const line = document.createElement("p");
  line.textContent = text;
  region.append(line);
  // keep the region short; screen readers read additions, not the whole list
  while (region.childElementCount > 5) region.firstElementChild?.remove();
}
