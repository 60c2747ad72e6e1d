import base64
import pickle as pk


def decode_session(cookie_value: str) -> dict:
    """Decode a session cookie value into a dict."""
    return pk.loads(base64.urlsafe_b64decode(cookie_value.encode()))
