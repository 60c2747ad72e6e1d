import os
import jwt
import datetime as dt

JWT_SECRET = os.environ.get("JWT_SECRET")
if not JWT_SECRET:
    raise RuntimeError("JWT_SECRET must be set")
DB_URL = os.environ["DATABASE_URL"]


def make_token(user_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    payload = {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(hours=1)}
    return jwt.encode(payload, JWT_SECRET, algorithm="HS256")


def read_token(token: str) -> int:
    payload = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    return int(payload["sub"])
