def preference_cookie(theme):
    return "Set-Cookie", f"theme={theme}; Path=/; Max-Age=31536000"
