import jwt


def current_shop(token, public_key):
    claims = jwt.decode(
        token,
        public_key,
        algorithms=["RS256"],
        audience="pod-api",
        options={"require": ["exp", "aud", "sub"]},
    )
    return claims["shop_id"]
