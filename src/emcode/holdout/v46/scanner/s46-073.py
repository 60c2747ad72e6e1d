import jwt


def claims_from(token, key):
    return jwt.decode(token, key, algorithms=["HS256", "none"], options={"verify_signature": False})
