import jwt


def driver_from_token(token, public_key):
    claims = jwt.decode(token, public_key, algorithms=["RS256"], audience="dispatch")
    return claims["sub"], claims.get("zone")
