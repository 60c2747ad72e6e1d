import jwt


def volunteer_id(token):
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims.get("vid")
