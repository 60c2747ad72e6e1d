import os
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/todos")
def todos():
    return jsonify([])

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
