import hashlib
import secrets


def token_matches(presented: str, stored_sha256_hex: str) -> bool:
    digest = hashlib.sha256(presented.encode()).hexdigest()
    return secrets.compare_digest(digest, stored_sha256_hex)
