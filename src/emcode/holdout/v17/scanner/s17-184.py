def theme_cookie_header(theme):
    value = f"theme={theme}; Path=/; Max-Age=31536000"
    return ("Set-Cookie", value)
