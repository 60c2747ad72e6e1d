def set_language_cookie(response, lang):
    cookie = "lang=" + lang + "; Path=/; Max-Age=31536000"
    response.headers["Set-Cookie"] = cookie
    return response
