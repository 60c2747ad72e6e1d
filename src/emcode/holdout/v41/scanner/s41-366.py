def remember_member_cookie(member_id, max_age=2592000):
    return ("Set-Cookie", "member=" + member_id + "; Max-Age=" + str(max_age) + "; Path=/; HttpOnly")
