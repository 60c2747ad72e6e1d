from flask import Flask, request

app = Flask(__name__)


@app.route("/lost-and-found")
def lost_and_found():
    item = request.args.get("item", "")
    body = "<h2>Lost property</h2>"
    body += "<p>You reported: " + item + "</p>"
    return body


@app.route("/lost-and-found/claim", methods=["POST"])
def claim():
    ticket = request.form.get("ticket", "")
    if not ticket.isdigit():
        return "bad tick