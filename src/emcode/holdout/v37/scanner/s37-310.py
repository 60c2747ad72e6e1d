import secrets


def reset_token(nbytes=24):
    return secrets.token_urlsafe(nbytes)
