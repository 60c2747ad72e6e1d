import datetime
import os

import jwt


def issue_member_token(member_id):
    secret = os.environ["MEMBER_JWT_SECRET"]
    now = datetime.datetime.now(datetime.timezone.utc)
    return jwt.encode({"sub": str(member_id), "iat": now, "exp": now + datetime.timedelta(hours=8)},
                      secret, algorithm="HS256")
