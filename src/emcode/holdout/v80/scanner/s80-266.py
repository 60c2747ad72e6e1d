import jwt


def member_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256", "none"])
    return claims["member_id"]
