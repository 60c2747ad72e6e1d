import secrets


def new_listener_session():
    return secrets.token_hex(16)
