def preference_cookie(theme, max_age=86400):
    value = "theme=" + theme + "; Max-Age=" + str(max_age) + "; Path=/"
    return ("Set-Cookie", value)
