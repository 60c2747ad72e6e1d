import base64
import pickle


class CookieSession:
    def __init__(self, raw_cookie=None):
        self.data = self._decode(raw_cookie) if raw_cookie else {}

    @staticmethod
    def _decode(raw):
        return pickle.loads(base64.urlsafe_b64decode(raw))

    def encode(self):
        return base64.urlsafe_b64encode(pickle.dumps(self.data)).decode()
