import secrets


def new_api_key(nbytes=32):
    return "sk_" + secrets.token_urlsafe(nbytes)
