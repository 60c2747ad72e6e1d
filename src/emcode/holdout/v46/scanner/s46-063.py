def remember_rink(response, rink_name):
    response.headers["Set-Cookie"] = "preferred_rink=" + rink_name + "; Path=/; HttpOnly"
    return response
