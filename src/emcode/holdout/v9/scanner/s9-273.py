import os
import jwt

PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


def user_from_token(token: str) -> str:
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="inventory-api")
    return claims["sub"]
