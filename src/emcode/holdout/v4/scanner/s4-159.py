def preference_cookie(name, value, max_age=31536000):
    return "Set-Cookie", "{}={}; Max-Age={}; Path=/".format(name, value, max_age)
