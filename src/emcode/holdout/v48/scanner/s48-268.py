import secrets


def reset_token(nbytes=32):
    return secrets.token_urlsafe(nbytes)
