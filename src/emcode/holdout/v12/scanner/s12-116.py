import base64
import dill


class Session:
    def __init__(self, data):
        self.data = data

    @classmethod
    def from_cookie(cls, cookie_value):
        return cls(dill.loads(base64.urlsafe_b64decode(cookie_value)))
