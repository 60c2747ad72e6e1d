import jwt


def user_from_token(token, key):
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, key, algorithms=[header["alg"]])
    return claims["sub"]
