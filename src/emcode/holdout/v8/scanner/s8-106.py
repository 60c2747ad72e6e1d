import os

import jwt


def current_user(token):
    payload = jwt.decode(token, os.environ["JWT_KEY"], algorithms=["HS256", "none"])
    return payload["sub"]
