import json
from itsdangerous import TimestampSigner


class Session:
    def __init__(self, data):
        self.data = data

    @classmethod
    def from_cookie(cls, cookie_value: str, secret: str, max_age: int = 3600):
        raw = TimestampSigner(secret).unsign(cookie_value, max_age=max_age)
        return cls(json.loads(raw))
