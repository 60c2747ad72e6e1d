from urllib.parse import quote


def remember_stop_cookie(stop_name, max_age=2592000):
    value = quote(stop_name, safe="")
    return ("Set-Cookie", f"last_stop={value}; Max-Age={int(max_age)}; Path=/; Secure; HttpOnly; SameSite=Lax")
