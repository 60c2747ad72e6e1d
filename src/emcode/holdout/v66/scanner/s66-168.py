import os

from flask import Flask, jsonify

app = Flask(__name__)

JOBS = [{"id": 1, "pickup": "Market St", "dropoff": "Dock 4"}]


@app.get("/jobs")
def jobs():
    return jsonify(JOBS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
