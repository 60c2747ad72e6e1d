from jose import jwt


def member_tier(token):
    claims = jwt.get_unverified_claims(token)
    return claims.get("tier", "standard")
