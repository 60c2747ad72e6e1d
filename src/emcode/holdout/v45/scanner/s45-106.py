from urllib.parse import quote


def member_cookie(name, max_age=86400):
    value = quote(name, safe="")
    return "Set-Cookie: garden_member=" + value + "; Max-Age=" + str(int(max_age)) + "; Path=/; HttpOnly; Secure"
