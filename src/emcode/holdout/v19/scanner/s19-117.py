import hmac
import secrets


class DeviceRegistry:
    def __init__(self):
        self.keys = {}

    def enroll(self, serial):
        key = secrets.token_hex(16)
        self.keys[serial] = key
        return key

    def verify(self, serial, key):
        return hmac.compare_digest(self.keys.get(serial, ""), key)
