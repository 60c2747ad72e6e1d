import jwt


def student_from_token(token):
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims.get("sub"), claims.get("roles", [])
