import hashlib


class Credential:
    def __init__(self, email, password):
        self.email = email
        digest = password.encode()
        for _ in range(50000):
            digest = hashlib.sha256(email.encode() + digest).digest()
        self.digest = digest.hex()
