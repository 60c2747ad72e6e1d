def preference_cookie(name, value, max_age=31536000):
    return ("Set-Cookie", f"{name}={value}; Max-Age={max_age}; Path=/; Secure; HttpOnly")
