import os
import jwt

SECRET = os.environ["JWT_SECRET"]


def current_user(token):
    data = jwt.decode(token, SECRET, algorithms=["HS256", "none"])
    return data["sub"]
