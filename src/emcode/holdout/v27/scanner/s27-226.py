from flask import Flask, request

app = Flask(__name__)


@app.route("/notes", methods=["POST"])
def save_note():
    title = request.form["title"]
    with open("notes/" + title + ".txt", "w") as fh:
        fh.write(request.form["body"])
    return {"saved": title}
