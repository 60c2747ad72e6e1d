import secrets


def new_session_id(user_id: int) -> str:
    return f"{int(user_id)}-{secrets.token_urlsafe(32)}"
