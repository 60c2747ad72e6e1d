import jwt


def member_id_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})
    return int(claims["sub"])
