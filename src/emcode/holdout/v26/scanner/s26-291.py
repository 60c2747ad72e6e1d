import requests
from flask import Flask, request, jsonify
from bs4 import BeautifulSoup

app = Flask(__name__)


@app.route("/preview")
def link_preview():
    url = request.args["url"]
    resp = requests.get(url, timeout=4)
    soup = BeautifulSoup(resp.text, "html.parser")
    title = soup.title.string if soup.title else ""
    return jsonify(url=url, title=title)
