import hashlib
import hmac
import secrets


class PasswordHasher:
    def __init__(self, rounds=310000):
        self.rounds = rounds

    def hash(self, pw):
        salt = secrets.token_bytes(16)
        dk = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, self.rounds)
        return f"{self.rounds}${salt.hex()}${dk.hex()}"

    def verify(self, pw, stored):
        rounds, salt_hex, dk_hex = stored.split("$")
        dk = hashlib.pbkdf2_hmac("sha256", pw.encode(), bytes.fromhex(salt_hex), int(rounds))
        return hmac.compare_digest(dk.hex(), dk_hex)
