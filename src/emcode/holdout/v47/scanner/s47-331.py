import datetime

import jwt

SIGNING_KEY = "inkhouse-bookings-2f9c1e77ab"


def booking_token(client_id, minutes=30):
    now = datetime.datetime.now(datetime.timezone.utc)
    claims = {"sub": str(client_id), "iat": now, "exp": now + datetime.timedelta(minutes=minutes)}
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")
