_THEMES = {"light", "dark", "high-contrast"}


def preference_cookie(theme):
    if theme not in _THEMES:
        theme = "light"
    return ("Set-Cookie", f"theme={theme}; Path=/; HttpOnly; SameSite=Lax")
