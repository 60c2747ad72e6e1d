import jwt


def user_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return claims["sub"]
