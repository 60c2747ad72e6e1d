import jwt


def tenant_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256"], audience="tenant-portal")
    return claims["tenant_id"]
