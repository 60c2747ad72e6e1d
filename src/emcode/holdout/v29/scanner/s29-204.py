import requests
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/preview")
def link_preview():
    url = request.args["url"]
    r = requests.get(url, timeout=5)
    ctype = r.headers.get("Content-Ty