import jwt


def volunteer_id(token, key):
    claims = jwt.decode(token, key, algorithms=["RS256"], options={"require": ["exp", "sub"]})
    return claims["sub"]
