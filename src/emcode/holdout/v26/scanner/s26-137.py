import secrets


def new_session_id() -> str:
    return secrets.token_hex(16)
