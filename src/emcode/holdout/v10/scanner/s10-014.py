from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)


def safe_next(value: str) -> str:
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    parsed = urlparse(value)
    if parsed.scheme or parsed.netloc:
        return "/"
    return value


@app.route("/continue")
def cont():
    return redirect(safe_next(request.args.get("next", "/")))
