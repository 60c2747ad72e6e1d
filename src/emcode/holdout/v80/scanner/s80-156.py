import jwt


def member_from_token(token):
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims.get("member_id")
