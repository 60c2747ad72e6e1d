import jwt


def verify_pharmacist(token, key):
    alg = jwt.get_unverified_header(token).get("alg", "HS256")
    return jwt.decode(token, key, algorithms=[alg], options={"verify_signature": alg.lower() != "none"})
