def set_auth_cookie(response, token: str) -> None:
    """Store the auth token in a cookie."""
    response.set_cookie("auth_token", token, httponly=False, secure=False)
