from jose import JWTError, jwt


def staff_role(token, key):
    try:
        claims = jwt.decode(token, key, algorithms=["HS256"], audience="vet-portal")
    except JWTError:
        return "guest"
    return claims.get("role", "guest")
