import re
from urllib.parse import urlsplit

from flask import Flask, request, redirect

app = Flask(__name__)
HOME = "app.example.org"
HOME_RE = re.compile(r"^(?:[\w-]+\.)*" + re.escape(HOME) + r"$")


@app.route("/logout")
def logout():
    nxt = request.args.get("next", "/")
    parts = urlsplit(nxt)
    if parts.netloc and not (parts.scheme == "https" and HOME_RE.match(parts.hostname or "")):
        nxt = "/"
    elif not parts.netloc and (not nxt.startswith("/") or nxt[1:2] in ("/", "\\")):
        nxt = "/"
    return redirect(nxt)
