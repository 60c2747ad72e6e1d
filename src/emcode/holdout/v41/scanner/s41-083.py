from urllib.parse import quote


def remember_member_cookie(member_id, max_age=2592000):
    value = quote(str(member_id), safe="")
    return ("Set-Cookie", f"member={value}; Max-Age={int(max_age)}; Path=/; HttpOnly; Secure")
