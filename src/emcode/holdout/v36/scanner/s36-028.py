import secrets


def new_vendor_api_key():
    return "tk_" + secrets.token_urlsafe(32)
