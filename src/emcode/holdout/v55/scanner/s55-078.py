import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/health")
def health():
    return jsonify({"status": "ok", "service": "ferry-timetable"})


@app.route("/sailings/today")
def today():
    return jsonify([{"route": "Oban-Mull", "depart": "09:55"}, {"route": "Oban-Mull", "depart": "11:50"}])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
