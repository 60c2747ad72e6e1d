import secrets

def make_session_id() -> str:
    return secrets.token_urlsafe(32)
