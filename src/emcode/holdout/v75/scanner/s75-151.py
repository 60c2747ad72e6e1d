def remember_stop_cookie(stop_name, max_age=2592000):
    return ("Set-Cookie", f"last_stop={stop_name}; Max-Age={max_age}; Path=/; Secure; HttpOnly")
