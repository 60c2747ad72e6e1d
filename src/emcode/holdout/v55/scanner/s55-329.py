import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("tournament")
logging.basicConfig(level=logging.INFO)


@app.route("/matches/report", methods=["POST"])
def report_score():
    data = request.get_json(force=True)
    match_id = data.get("match")
    reporter = data.get("reporter")
    score = data.get("score")
    log.info("score reported for match %s by %s: %s", match_id, reporter, score)
    return jsonify({"ok": True})
