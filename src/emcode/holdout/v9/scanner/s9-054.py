from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)


def safe_next(value: str | None) -> str:
    if not value:
        return "/"
    parts = urlparse(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//"):
        return "/"
    return value


@app.post("/login/done")
def login_done():
    session.setdefault("visits", 0)
    return redirect(safe_next(request.args.get("next")))
