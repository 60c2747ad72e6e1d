def zone_cookie_header(zone):
    return "Set-Cookie", f"dispatch_zone={zone}; Path=/; HttpOnly; Secure"
