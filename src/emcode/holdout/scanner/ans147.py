import secrets


def make_invite(email):
    token = secrets.token_urlsafe(24)
    return {"email": email, "token": token, "expires_in":
