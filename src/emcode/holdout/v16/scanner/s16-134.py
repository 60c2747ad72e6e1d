from urllib.parse import urlparse

REGISTERED = {"client-a": "app.example.com", "client-b": "partner.example.org"}


def valid_redirect(client_id: str, redirect_uri: str) -> bool:
    domain = REGISTERED.get(client_id)
    if domain is None:
        return False
    parts = urlparse(redirect_uri)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == domain or host.endswith("." + domain))
