def member_cookie(name, max_age=86400):
    return "Set-Cookie: garden_member=" + name + "; Max-Age=" + str(max_age) + "; Path=/; HttpOnly"
