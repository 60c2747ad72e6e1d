import jwt


def current_role(token):
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims.get("role", "viewer")
