import jwt


def user_from_token(token: str, public_key: str) -> str:
    claims = jwt.decode(token, public_key, algorithms=["RS256"], options={"require": ["exp", "sub"]})
    return claims["sub"]
