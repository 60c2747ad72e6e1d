import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/bins/<code>")
def bin_contents(code):
    return jsonify(bin=code.upper(), items=[])


if __name__ == "__main__":
    app.run(port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
