// Stores a display preference in a cookie so that the next page (also the static Account pages) follows it.
export function setTheme(cookieName, value) {
    const secure = location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${cookieName}=${value}; path=/; max-age=31536000; samesite=lax${secure}`;
}
