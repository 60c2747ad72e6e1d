import requests
from bs4 import BeautifulSoup
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    link = request.json["url"]
    resp = requests.get(link, timeout=4)
    soup = BeautifulSoup(resp.text, "html.parser")
    title = soup.title.string if soup.title else ""
    desc = soup.find("meta", attrs={"name": "description"})
    return jsonify(title=title, description=desc["content"] if desc else "")
