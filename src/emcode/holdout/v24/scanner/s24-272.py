import os
from flask import Flask, jsonify

app = Flask(__name__)
app.config["DATABASE_URL"] = os.environ.get("DATABASE_URL", "sqlite:///talks.db")


@app.get("/talks")
def talks():
    return jsonify([])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
