from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)

@app.get("/continue")
def cont():
    target = request.args.get("to", "/").replace("\\", "/")
    p = urlparse(target)
    if p.scheme or p.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)
