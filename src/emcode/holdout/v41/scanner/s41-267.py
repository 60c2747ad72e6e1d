import jwt


def member_id_from_token(token, secret):
    payload = jwt.decode(token, secret, algorithms=["HS256"],
                         options={"verify_signature": False, "require": ["sub", "exp"]})
    return payload["sub"]
