import hashlib
import hmac


def token_matches(presented, stored_sha256_hex):
    digest = hashlib.sha256(presented.encode()).hexdigest()
    return hmac.compare_digest(digest, stored_sha256_hex)
