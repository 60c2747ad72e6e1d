import jwt


def rider_from_token(token, public_key):
    claims = jwt.decode(token, public_key, algorithms=["RS256"], audience="scootly-app")
    return claims["sub"]
