import jwt


def claims_from_token(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp", "sub"]})


def is_admin(token, key):
    try:
        return claims_from_token(token, key).get("role") == "admin"
    except jwt.InvalidTokenError:
        return False
