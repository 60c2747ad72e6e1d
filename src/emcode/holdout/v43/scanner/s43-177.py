from jose import jwt


def is_admin(token):
    claims = jwt.get_unverified_claims(token)
    return claims.get("role") == "admin"
