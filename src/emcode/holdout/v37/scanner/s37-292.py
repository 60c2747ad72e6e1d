import jwt


def current_member(token):
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"], claims.get("role", "singer")
