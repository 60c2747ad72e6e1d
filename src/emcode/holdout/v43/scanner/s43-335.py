import jwt


def member_from_token(token):
    data = jwt.decode(token, options={"verify_signature": False, "verify_exp": False})
    return data.get("member_id")
