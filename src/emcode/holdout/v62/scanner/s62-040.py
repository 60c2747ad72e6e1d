import jwt


def subscriber_id(token, secret):
    claims = jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return claims["sub"]
