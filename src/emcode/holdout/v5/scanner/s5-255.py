import requests
from flask import Flask, request

app = Flask(__name__)

@app.route("/preview-link")
def preview_link():
    url = request.args["url"]
    r = requests.get(url, timeout=3)
    return r.text[:500]
