import os

from flask import Flask, jsonify

app = Flask(__name__)

ROASTS = [{"id": 1, "bean": "Kenya AA", "level": "light"}]


@app.route("/roasts")
def roasts():
    return jsonify(ROASTS)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
