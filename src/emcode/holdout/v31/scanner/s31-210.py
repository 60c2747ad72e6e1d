import hashlib
import hmac
import os


def hash_for(username, password):
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return {"user": username, "salt": salt.hex(), "hash": digest.hex()}


def matches(record, password):
    digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(record["salt"]), n=2**14, r=8, p=1)
    return hmac.compare_digest(digest.hex(), record["hash"])
