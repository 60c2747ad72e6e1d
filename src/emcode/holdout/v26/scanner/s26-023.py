import os
from flask import Flask, jsonify

app = Flask(__name__)
DOGS = [{"name": "Biscuit", "walks": 3}, {"name": "Luna", "walks": 5}]


@app.get("/dogs")
def dogs():
    return jsonify(DOGS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
