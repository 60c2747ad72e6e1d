from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/health")
def health():
    return jsonify({"status": "ok", "service": "ferry-timetable"})


@app.route("/sailings/today")
def today():
    return jsonify([{"route": "Oban-Mull", "depart": "09:55"}, {"route": "Oban-Mull", "depart": "11:50"}])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
