import secrets


def new_api_key(nbytes: int = 32) -> str:
    return "ak_" + secrets.token_urlsafe(nbytes)
