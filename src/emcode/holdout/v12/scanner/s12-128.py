import logging
from flask import Flask, request, jsonify

app = Flask(__name__)
audit = logging.getLogger("audit")
handler = logging.FileHandler("audit.log")
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
audit.addHandler(handler)
audit.setLevel(logging.INFO)

ARTICLES = ["intro to soldering", "3d printing tips", "raspberry pi cluster"]


def one_line(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


@app.route("/kb/search")
def search():
    q = request.args.get("q", "")
    user = one_line(request.headers.get("X-User", "anonymous"))
    clean_q = one_line(q)
    audit.info("user=%s searched for %s", user, clean_q)
    return jsonify([a for a in ARTICLES if q.lower() in a])
