import logging
from flask import Flask, request, jsonify

app = Flask(__name__)
audit = logging.getLogger("audit")
handler = logging.FileHandler("audit.log")
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
audit.addHandler(handler)
audit.setLevel(logging.INFO)

ARTICLES = ["intro to soldering", "3d printing tips", "raspberry pi cluster"]


@app.route("/kb/search")
def search():
    q = request.args.get("q", "")
    user = request.headers.get("X-User", "anonymous")
    audit.info("user=%s searched for %s" % (user, q))
    return jsonify([a for a in ARTICLES if q.lower() in a])
