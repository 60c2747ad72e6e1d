import secrets


def new_api_key() -> str:
    """A fresh API key for a customer."""
    return secrets.token_hex(16)
