import time

import jwt

_SIGNING_KEY = "gardens-jwt-key-9c2f7e"


def issue_member_token(member_id, ttl=3600):
    now = int(time.time())
    return jwt.encode({"sub": str(member_id), "iat": now, "exp": now + ttl}, _SIGNING_KEY, algorithm="HS256")
