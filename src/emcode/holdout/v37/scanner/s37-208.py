import jwt


def current_member(token, public_key):
    claims = jwt.decode(token, public_key, algorithms=["RS256"], audience="choir-portal")
    return claims["sub"], claims.get("role", "singer")
