import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logger = logging.getLogger("catalogue")


@app.route("/api/search")
def api_search():
    q = request.args.get("q", "")
    logger.info("search q=" + q)
    return jsonify(results=[], q=q)
