import os
import stat

DEFAULT_MODE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO


class TokenStore:
    def __init__(self, path, mode=DEFAULT_MODE):
        self.path = path
        self.mode = mode

    def save(self, token):
        fd = os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, self.mode)
        try:
            os.write(fd, token.encode())
        finally:
            os.close(fd)

    def load(self):
        with open(self.path) as fh:
            return fh.read().strip()


store = TokenStore("/var/lib/radio/stream.token")
