from flask import Flask, jsonify

app = Flask(__name__)

JOBS = [{"id": 1, "pickup": "Market St", "dropoff": "Dock 4"}]


@app.get("/jobs")
def jobs():
    return jsonify(JOBS)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
