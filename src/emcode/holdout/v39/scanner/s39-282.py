def tenant_cookie(tenant_id, max_age=86400):
    return ("Set-Cookie", f"tenant={tenant_id}; Max-Age={max_age}; Path=/; HttpOnly; Secure")
