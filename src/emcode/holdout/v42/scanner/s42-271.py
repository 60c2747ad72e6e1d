from flask import Flask, jsonify

app = Flask(__name__)

LOTS = {"L1": 120, "L2": 45}


@app.get("/lots/<lot>/free")
def free_spaces(lot):
    return jsonify(lot=lot, free=LOTS.get(lot, 0))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
