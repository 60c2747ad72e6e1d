import jwt


def claims_from(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], audience="rinkbook-api", options={"require": ["exp", "aud"]})
