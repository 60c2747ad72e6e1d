import jwt


def current_participant(token):
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"], claims.get("site")
