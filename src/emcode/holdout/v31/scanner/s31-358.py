from jose import jwt


def member_id_from_token(token):
    claims = jwt.get_unverified_claims(token)
    return int(claims["sub"])
