from urllib.parse import quote


def zone_cookie_header(zone):
    return "Set-Cookie", f"dispatch_zone={quote(zone, safe='')}; Path=/; HttpOnly; Secure"
