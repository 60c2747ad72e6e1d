import hashlib
import hmac
import secrets


def derive(password: str, salt: bytes, rounds: int = 600_000) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, rounds)


def new_record(password: str) -> dict:
    salt = secrets.token_bytes(16)
    return {"salt": salt.hex(), "hash": derive(password, salt).hex()}


def verify(password: str, record: dict) -> bool:
    calc = derive(password, bytes.fromhex(record["salt"]))
    return hmac.compare_digest(calc.hex(), record["hash"])
