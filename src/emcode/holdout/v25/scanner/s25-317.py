import jwt

KEYS = {}  # kid -> PEM public key, filled at startup from the identity provider's JWKS


def verify(token: str) -> dict:
    kid = jwt.get_unverified_header(token).get("kid")
    key = KEYS.get(kid)
    if key is None:
        raise PermissionError("unknown signing key")
    return jwt.decode(token, key, algorithms=["RS256"], audience="printer-fleet")
