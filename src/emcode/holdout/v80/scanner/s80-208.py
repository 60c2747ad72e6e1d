import jwt


def member_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return claims["sub"]
