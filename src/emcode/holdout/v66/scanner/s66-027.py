import jwt


def verify(token, key):
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, key, algorithms=[header["alg"]], options={"verify_exp": False})
