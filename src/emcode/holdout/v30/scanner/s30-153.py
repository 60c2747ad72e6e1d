import os

from flask import Flask, jsonify

app = Flask(__name__)
app.config.from_mapping(SECRET_KEY=os.environ["SECRET_KEY"])

SHOWS = {1: "Tooth Talk", 2: "Fleet Notes"}


@app.get("/shows/<int:show_id>")
def show(show_id):
    if show_id not in SHOWS:
        return jsonify(error="not found"), 404
    return jsonify(id=show_id, title=SHOWS[show_id])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5050)
