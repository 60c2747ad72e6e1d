import jwt


def driver_from_token(token):
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"], claims.get("zone")
