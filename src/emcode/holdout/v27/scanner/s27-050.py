import hashlib


def download_token(secret: str, file_id: str) -> str:
    return hashlib.sha1((secret + file_id).encode()).hexdigest()
