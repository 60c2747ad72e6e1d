import hashlib
import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logger = logging.getLogger("catalogue")


@app.route("/api/search")
def api_search():
    q = request.args.get("q", "")
    digest = hashlib.md5(q.encode("utf-8")).hexdigest()[:10]
    logger.info("search len=%d key=%s", len(q), digest)
    return jsonify(results=[], q=q)
