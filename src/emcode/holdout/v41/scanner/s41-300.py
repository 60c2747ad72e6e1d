from jose import jwt


def staff_role(token):
    claims = jwt.get_unverified_claims(token)
    return claims.get("role", "guest")
