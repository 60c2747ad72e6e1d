import secrets


def generate_api_key(nbytes: int = 32) -> str:
    return secrets.token_hex(nbytes)
