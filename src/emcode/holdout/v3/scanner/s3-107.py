import bleach
from flask import Flask, request

app = Flask(__name__)


@app.route("/comments", methods=["POST"])
def add_comment():
    raw = request.form.get("text", "")
    cleaned = bleach.clean(raw, tags=["b", "i", "code"], strip=True)
    fragment = "<article class='comment'>" + cleaned + "</article>"
    store(fragment)
    return fragment


def store(fragment):
    with open("comments.html", "a", encoding="utf-8") as fh:
        fh.write(fragment + "\n")


@app.route("/comments", methods=["GET"])
def list_comm