import json

from Crypto.Cipher import ARC4

KEY = b"gateway-key-0001"


class CredentialVault:
    def __init__(self, path="vault.bin"):
        self.path = path

    def save(self, creds):
        data = ARC4.new(KEY).encrypt(json.dumps(creds).encode())
        with open(self.path, "wb") as fh:
            fh.write(data)

    def load(self):
        with open(self.path, "rb") as fh:
            return json.loads(ARC4.new(KEY).decrypt(fh.read()))
