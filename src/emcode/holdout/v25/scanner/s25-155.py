from flask import Flask, request

app = Flask(__name__)


@app.route("/guestbook", methods=["POST"])
def guestbook():
    comment = request.form.get("comment", "")
    author = request.form.get("author", "anon")
    html = "<ul class='entries'>"
    for entry in load_entries():
        html += "<li>