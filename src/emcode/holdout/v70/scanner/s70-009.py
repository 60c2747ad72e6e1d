import os
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/accessions/count")
def count():
    return jsonify(n=42)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000)
