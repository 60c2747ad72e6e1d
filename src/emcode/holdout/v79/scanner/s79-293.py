def preference_cookie(theme):
    return ("Set-Cookie", "theme=" + theme + "; Path=/; HttpOnly")
