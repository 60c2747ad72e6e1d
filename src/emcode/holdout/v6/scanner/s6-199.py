from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)

def safe_next(value: str) -> str:
    if not value or "\\" in value:
        return "/"
    p = urlparse(value)
    if p.scheme or p.netloc or not value.startswith("/") or value.startswith("//"):
        return "/"
    return value

@app.post("/login")
def login():
    return redirect(safe_next(request.args.get("next", "")))
