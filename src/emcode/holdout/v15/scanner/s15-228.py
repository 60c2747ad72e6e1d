import httpx


def proxy_get(base_url: str, path: str, headers: dict | None = None) -> bytes:
    target = f"{base_url.rstrip('/')}/{path.lstrip('/')}"
    with httpx.Client(timeout=8.0, follow_redirects=True) as client:
        r = client.get(target, headers=headers or {})
        return r.content
