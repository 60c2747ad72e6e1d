from urllib.parse import urlsplit


class OriginPolicy:
    def __init__(self, origin: str = "https://app.example.com"):
        self._origin = self._key(origin)

    @staticmethod
    def _key(url: str):
        p = urlsplit(url)
        return (p.scheme, (p.hostname or "").lower(), p.port or (443 if p.scheme == "https" else 80))

    def allowed(self, request_origin: str) -> bool:
        return self._key(request_origin) == self._origin
