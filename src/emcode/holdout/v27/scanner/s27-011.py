import secrets


def reset_token(nbytes: int = 24) -> str:
    return secrets.token_urlsafe(nbytes)
