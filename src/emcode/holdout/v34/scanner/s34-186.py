import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("archive")


@app.route("/search")
def search():
    term = request.args.get("q", "")
    logger.info("search request, term length %d", len(term))
    return {"results": []}
