def tenant_cookie(tenant_id, max_age=86400):
    tid = int(tenant_id)
    age = int(max_age)
    return ("Set-Cookie", f"tenant={tid}; Max-Age={age}; Path=/; HttpOnly; Secure")
