import requests
from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/artwork/proxy")
def artwork():
    src = request.args["src"]
    r = requests.get(src, timeout=5)
    return Response(r.content, mimetype=r.headers.get("Content-Type", "image/jpeg"))
