import jwt


def rider_from_token(token, key):
    payload = jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return payload["sub"]
