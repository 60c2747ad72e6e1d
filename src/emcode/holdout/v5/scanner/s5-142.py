import secrets

def make_api_key() -> str:
    return "ak_" + secrets.token_urlsafe(24)

def rotate(store, user):
    """Replace the user's key and return the