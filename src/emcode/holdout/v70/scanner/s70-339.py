import re
from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)
ALLOWED = "seeds.example.org"
HOST_RE = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(ALLOWED))


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.scheme not in ("https", "") or (parts.netloc and not HOST_RE.fullmatch(parts.hostname or "")):
        abort(400)
    if not parts.netloc and not target.startswith("/"):
        abort(400)
    if target.startswith("//") or "\\" in target:
        abort(400)
    return redirect(target)
