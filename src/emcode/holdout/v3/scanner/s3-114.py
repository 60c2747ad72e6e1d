import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/proxy")
def proxy():
    target = request.args["url"]
    upstream = requests.get(target, timeout=5)
    return Response(upstream.content, status=upstream.status_code,
                    content_type=upstream.headers.get("Content-Type", "text/plain"))
