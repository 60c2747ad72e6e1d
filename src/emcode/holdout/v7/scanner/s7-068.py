from itsdangerous import BadSignature, URLSafeSerializer


class CookieSession:
    def __init__(self, secret_key: str, raw_cookie: str | None = None):
        self._s = URLSafeSerializer(secret_key, salt="cookie-session")
        self.data = {}
        if raw_cookie:
            try:
                self.data = self._s.loads(raw_cookie)
            except BadSignature:
                self.data = {}

    def encode(self) -> str:
        return self._s.dumps(self.data)
