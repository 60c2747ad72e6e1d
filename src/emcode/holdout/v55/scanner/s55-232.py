import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("settlement")


def settle_bets(match_id, winner):
    raise RuntimeError("ledger connection failed")


@app.route("/matches/<int:match_id>/settle", methods=["POST"])
def settle(match_id):
    try:
        settle_bets(match_id, request.form.get("winner"))
    except Exception:
        log.exception("settlement failed for match %d", match_id)
        return jsonify({"error": "internal error"}), 500
    return jsonify({"ok": True})
