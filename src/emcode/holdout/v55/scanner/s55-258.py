def build_query_url(base, **params):
    qs = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{base}?{qs}"


def fetch(session, base, **params):
    return session.get(build_query_url(base, **params), timeout=5)
