import traceback

from flask import Flask, request, jsonify

app = Flask(__name__)


def settle_bets(match_id, winner):
    raise RuntimeError("ledger connection failed: postgres://ledger:5432/bets")


@app.route("/matches/<int:match_id>/settle", methods=["POST"])
def settle(match_id):
    try:
        settle_bets(match_id, request.form["winner"])
    except Exception as exc:
        return jsonify({"error": str(exc), "trace": traceback.format_exc()}), 500
    return jsonify({"ok": True})
