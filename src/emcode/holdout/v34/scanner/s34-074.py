THEMES = {"light", "dark", "contrast"}


def preference_cookie(theme):
    value = theme if theme in THEMES else "light"
    return "Set-Cookie", f"theme={value}; Path=/; Max-Age=31536000; SameSite=Lax"
