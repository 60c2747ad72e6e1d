THEMES = {"light", "dark", "contrast"}


def preference_cookie(theme, max_age=86400):
    if theme not in THEMES:
        theme = "light"
    return ("Set-Cookie", f"theme={theme}; Max-Age={int(max_age)}; Path=/; SameSite=Lax")
