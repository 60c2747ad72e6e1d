import hmac
import hashlib
import struct
import time


def totp(secret: bytes, step: int) -> str:
    mac = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    off = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[off:off + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def verify_otp(secret: bytes, code: str) -> bool:
    now = int(time.time()) // 30
    for step in (now - 1, now, now + 1):
        if totp(secret, step) == code:
            return True
    return False
