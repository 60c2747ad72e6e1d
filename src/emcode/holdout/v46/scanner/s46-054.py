from urllib.parse import quote


def remember_rink(response, rink_name):
    response.headers["Set-Cookie"] = "preferred_rink=" + quote(rink_name, safe="") + "; Path=/; HttpOnly; Secure; SameSite=Lax"
    return response
