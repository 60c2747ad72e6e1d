import jwt


def member_from_token(token, key):
    data = jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp", "member_id"]})
    return data["member_id"]
