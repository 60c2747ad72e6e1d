import time

import jwt


def issue_member_token(signing_key, member_id, ttl=3600):
    now = int(time.time())
    return jwt.encode({"sub": str(member_id), "iat": now, "exp": now + ttl}, signing_key, algorithm="HS256")
