import jwt


def current_role(token, public_key):
    claims = jwt.decode(token, public_key, algorithms=["RS256"], audience="league-api")
    return claims.get("role", "member")
