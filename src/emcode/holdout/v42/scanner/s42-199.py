import jwt


def current_participant(token, public_key):
    claims = jwt.decode(
        token,
        public_key,
        algorithms=["RS256"],
        audience="enrolment-portal",
        options={"require": ["exp", "sub"]},
    )
    return claims["sub"], claims.get("site")
