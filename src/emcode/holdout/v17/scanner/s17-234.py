import logging
from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(filename="search.log", level=logging.INFO)

DOCS = ["install guide", "api reference", "changelog"]


@app.route("/search")
def search():
    term = request.args.get("q", "")
    logging.info(f"search q={term} ua={request.headers.get('User-Agent')}")
    return jsonify([d for d in DOCS if te