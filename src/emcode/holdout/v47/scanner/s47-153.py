import jwt


def bidder_from_token(token, public_key):
    claims = jwt.decode(token, public_key, algorithms=["RS256"], audience="bidding")
    return claims["sub"], claims.get("tier", "standard")
