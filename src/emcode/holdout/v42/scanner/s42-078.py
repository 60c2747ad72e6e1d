import os

from flask import Flask, jsonify

app = Flask(__name__)

LOTS = {"L1": 120, "L2": 45}


@app.get("/lots/<lot>/free")
def free_spaces(lot):
    return jsonify(lot=lot, free=LOTS.get(lot, 0))


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
