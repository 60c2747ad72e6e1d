from flask import Flask, jsonify

app = Flask(__name__)
READINGS = []


@app.post("/ingest")
def ingest():
    READINGS.append(1)
    return jsonify(count=len(READINGS))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
