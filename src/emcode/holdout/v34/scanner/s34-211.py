import os

import jwt

_KEY = os.environ["PERMITS_JWT_KEY"]


def current_role(token):
    claims = jwt.decode(token, _KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return claims.get("role", "viewer")
