import csv
import io

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/roster/import", methods=["POST"])
def import_roster():
    f = request.files.get("roster")
    if f is None:
        return jsonify({"error": "no file"}), 400
    text = io.TextIOWrapper(f.stream, encoding="utf-8", errors="replace")
    players = []
    for row in csv.DictReader(text):
        nick = (row.get("nick") or "").strip()[:32]
        if nick:
            players.append({"nick": nick, "role": (row.get("role") or "flex").strip()[:16]})
        if len(players) >= 500:
            break
    return jsonify({"imported": len(players), "players": players})
