import jwt


def applicant_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256", "none"])
    return claims["sub"]
