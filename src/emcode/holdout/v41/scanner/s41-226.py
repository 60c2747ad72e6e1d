import datetime

import jwt


def issue_member_token(member_id, secret="library-jwt-secret-please-change"):
    now = datetime.datetime.now(datetime.timezone.utc)
    return jwt.encode({"sub": str(member_id), "iat": now, "exp": now + datetime.timedelta(hours=8)},
                      secret, algorithm="HS256")
