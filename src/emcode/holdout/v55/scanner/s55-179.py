import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("tournament")
logging.basicConfig(level=logging.INFO)


def _clean(value, limit=64):
    text = str(value)[:limit]
    return text.replace("\r", "\\r").replace("\n", "\\n")


@app.route("/matches/report", methods=["POST"])
def report_score():
    data = request.get_json(silent=True) or {}
    try:
        match_id = int(data.get("match"))
    except (TypeError, ValueError):
        return jsonify({"error": "match must be an integer"}), 400
    log.info("score reported for match %d by %s: %s", match_id,
             _clean(data.get("reporter")), _clean(data.get("score")))
    return jsonify({"ok": True})
