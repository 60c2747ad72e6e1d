import jwt


def player_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256", "none"], options={"verify_exp": False})
    return claims["sub"]
