import hashlib
import hmac


def authorised(api_key: str, key_digests: list[bytes]) -> bool:
    digest = hashlib.sha256(api_key.encode()).digest()
    ok = False
    for stored in key_digests:
        ok |= hmac.compare_digest(digest, stored)
    return ok
