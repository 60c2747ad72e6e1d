def verify_reset_token(stored_token: str, provided: str) -> bool:
    if not stored_token or not provided:
        return False
    return stored_token == provided
