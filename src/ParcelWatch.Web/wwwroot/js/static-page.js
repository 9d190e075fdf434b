// What statically rendered pages (home, statistics, the refund guide: ADR-013) do in the browser without a circuit.
//
// 1. Their scripts come after the page has loaded. A static page needs Blazor's script only for enhanced navigation,
//    and MudBlazor's only once such a navigation reaches an interactive page; a phone on a slow connection should spend
//    its bandwidth on the page first (Lighthouse, docs/benchmarks.md). App.razor lists them, in order, on this script's
//    tag; interactive pages load them the usual way and list nothing.
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

// Executed in the order given (async = false), each once; Blazor's own script last, as its enhanced navigation can
// then only bring an interactive page once MudBlazor's script is there.
function loadScriptsAfterLoad() {
    const urls = document.querySelector("script[data-after-load]")?.dataset.afterLoad.split(" ") ?? [];
    let last = null;
    for (const url of urls) {
        last = document.createElement("script");
        last.src = url;
        last.async = false;
        document.body.append(last);
    }

    last?.addEventListener("load", whenBlazorStarts);
}

restore();
wide.addEventListener("change", restore);
if (window.Blazor) {
    whenBlazorStarts();
} else if (document.readyState === "complete") {
    loadScriptsAfterLoad();
} else {
    window.addEventListener("load", loadScriptsAfterLoad, { once: true });
}
