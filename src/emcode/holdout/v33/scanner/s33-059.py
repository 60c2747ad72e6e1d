import datetime as dt
import os

import jwt

SECRET = os.environ["LINGO_JWT_SECRET"]


def issue(user_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(hours=1)}, SECRET, algorithm="HS256")


def user_from(token: str) -> int | None:
    try:
        return int(jwt.decode(token, SECRET, algorithms=["HS256"])["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
