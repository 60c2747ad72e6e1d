import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/rinks")
def rinks():
    return jsonify(["North", "South", "Practice"])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")