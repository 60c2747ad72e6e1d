THEMES = {"light", "dark", "solarized"}


def theme_cookie_header(theme):
    if theme not in THEMES:
        theme = "light"
    return ("Set-Cookie", f"theme={theme}; Path=/; Max-Age=31536000; SameSite=Lax")
