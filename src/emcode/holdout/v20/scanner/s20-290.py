def theme_cookie_header(theme):
    return ("Set-Cookie", "theme=" + theme + "; Path=/; Max-Age=31536000")
