from flask import Flask, request

app = Flask(__name__)


@app.route("/walks/confirm")
def confirm_walk():
    walker = request.args.get("walker", "someone")
    dog = request.args.get("dog", "your dog")
    body = "<div class='confirm'>"
    body += "<h1>Walk booked!</h1>"
    body += "<p>" + walker + " will pick up " + dog + " at the agreed time.</p>"
    body += "</div>"
    return body
