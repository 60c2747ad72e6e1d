from http.cookies import SimpleCookie


def preference_cookie(name, value, max_age=31536000):
    if name not in {"units", "theme", "lang"}:
        raise ValueError("unknown preference")
    jar = SimpleCookie()
    jar[name] = value
    jar[name]["max-age"] = max_age
    jar[name]["path"] = "/"
    jar[name]["secure"] = True
    jar[name]["httponly"] = True
    return ("Set-Cookie", jar[name].OutputString())
