import urllib.request

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/img")
def img():
    src = request.args["src"]
    with urllib.request.urlopen(src, timeout=5) as r:
        data = r.read(5_000_000)
        ctype = r.headers.get("Content-Type", "application/octet-stream")
    return Response(data, mimetype=ctype)
