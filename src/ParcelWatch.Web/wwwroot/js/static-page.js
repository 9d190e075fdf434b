// What statically rendered pages (home, statistics, the refund guide: ADR-013) do in the browser without a circuit.
//
// 1. Blazor's script comes when the reader first does something on the page: touches, scrolls, moves the pointer,
//    presses a key. A static page needs it only for enhanced navigation, and a reader who came from a forum link for
//    one number should not spend a slow phone's bandwidth and main thread on it (Lighthouse, docs/benchmarks.md).
//    A link followed before it has arrived is an ordinary page load. Interactive pages load it the usual way, before
//    this module runs. The page's import map gives its fingerprinted address, as it gives MudBlazor's, whose script
//    waits for a circuit (ParcelWatch.Web.lib.module.js).
//
// 2. The navigation drawer: the menu button swaps the same classes MudDrawer and MudLayout set when the drawer opens or
//    closes. The reader's choice is kept for the tab (sessionStorage) and put back after each enhanced navigation, which
//    brings the server's markup. Interactive pages never render the data-drawer-toggle attribute, so this stays out of
//    their way.
const wide = window.matchMedia("(min-width: 960px)"); // MudBlazor's md breakpoint, where the drawer is persistent
const storageKey = "parcelwatch-drawer"; // "open" or "closed", for the width where it was chosen

function parts() {
    const button = document.querySelector("[data-drawer-toggle]");
    const drawer = document.getElementById(button?.getAttribute("aria-controls") ?? "");
    return button && drawer ? { button, drawer, layout: drawer.closest(".mud-layout") } : null;
}

// A drawer that was never toggled is open on wide screens and hidden on narrow ones (MudBlazor's initial state).
function isOpen(drawer) {
    return drawer.classList.contains("mud-drawer--open") && (wide.matches || !drawer.classList.contains("mud-drawer--initial"));
}

function show(found, open) {
    found.drawer.classList.remove("mud-drawer--initial");
    found.drawer.classList.toggle("mud-drawer--open", open);
    found.drawer.classList.toggle("mud-drawer--closed", !open);
    found.layout?.classList.toggle("mud-drawer-open-responsive-md-left", open);
    found.layout?.classList.toggle("mud-drawer-close-responsive-md-left", !open);
    found.button.setAttribute("aria-expanded", String(open));
}

// On a new page: the wide-screen choice is put back; on a narrow screen the drawer starts hidden, as it would.
function restore() {
    const found = parts();
    if (!found) {
        return;
    }

    const chosen = sessionStorage.getItem(storageKey);
    if (wide.matches && chosen) {
        show(found, chosen === "open");
    } else {
        found.button.setAttribute("aria-expanded", String(isOpen(found.drawer)));
    }
}

document.addEventListener("click", event => {
    const found = parts();
    if (found && event.target instanceof Element && found.button.contains(event.target)) {
        const open = !isOpen(found.drawer);
        show(found, open);
        if (wide.matches) {
            sessionStorage.setItem(storageKey, open ? "open" : "closed");
        }
    }
});

function whenBlazorStarts() {
    window.Blazor?.addEventListener?.("enhancedload", restore);
}

const firstInteractions = ["pointerdown", "pointermove", "touchstart", "keydown", "focusin", "scroll", "wheel"];

function loadBlazorOnFirstInteraction() {
    const load = () => {
        firstInteractions.forEach(type => window.removeEventListener(type, load, { capture: true }));
        const script = document.createElement("script");
        script.src = import.meta.resolve(new URL("_framework/blazor.web.js", document.baseURI).href);
        script.addEventListener("load", whenBlazorStarts, { once: true });
        document.body.append(script);
    };
    firstInteractions.forEach(type => window.addEventListener(type, load, { capture: true, passive: true }));
}

restore();
wide.addEventListener("change", restore);
if (window.Blazor) {
    whenBlazorStarts();
} else {
    loadBlazorOnFirstInteraction();
}
