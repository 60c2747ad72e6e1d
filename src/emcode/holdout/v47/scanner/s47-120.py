import secrets


def make_reset_token(nbytes=24):
    return secrets.token_urlsafe(nbytes)
