import requests
from bs4 import BeautifulSoup
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/recipes/import")
def import_recipe():
    url = request.json.get("url", "")
    page = requests.get(url, timeout=10)
    soup = BeautifulSoup(page.text, "html.parser")
    title = soup.find("h1")
    return jsonify(title=title.get_text(strip=True) if title else None)
