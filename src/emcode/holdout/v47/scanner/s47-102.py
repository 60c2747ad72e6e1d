import datetime
import os

import jwt


def booking_token(client_id, minutes=30, key=None):
    key = key or os.environ["BOOKING_JWT_KEY"]
    now = datetime.datetime.now(datetime.timezone.utc)
    claims = {"sub": str(client_id), "iat": now, "exp": now + datetime.timedelta(minutes=minutes)}
    return jwt.encode(claims, key, algorithm="HS256")
