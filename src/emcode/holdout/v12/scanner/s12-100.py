from urllib.request import urlopen
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/img")
def proxy_image():
    src = request.args["src"]
    upstream = urlopen(src, timeout=5)
    data = upstream.read(5 * 1024 * 1024)
    ctype = upstream.headers.get("Content-Type", "application/octet-stream")
    return Response(data, content_type=ctype)
