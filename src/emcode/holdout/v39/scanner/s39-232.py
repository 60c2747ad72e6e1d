import jwt


def tenant_from_token(token):
    claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["HS256"])
    return claims["tenant_id"]
