import requests
from bs4 import BeautifulSoup
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/preview")
def link_preview():
    url = request.args["url"]
    page = requests.get(url, timeout=5)
    soup = BeautifulSoup(page.text, "html.parser")
    title = soup.title.string if soup.title else ""
    return jsonify(url=url, title=title)
