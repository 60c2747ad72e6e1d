from flask import Flask, request

app = Flask(__name__)

EVENTS = ["Jazz night", "Poetry slam", "Chess open"]


@app.route("/events")
def events():
    q = request.args.get("q", "")
    page = f"<h1>Events matching {q}</h1>"
    return page


@app.route("/events/<int:event_id>/book", methods=["POST"])
def book(event_id):
    seats = int(request.form.get("seats", 1))
    if seats > 10:
        return "Too many seats", 400
    confirmation = {
        "event": EVENTS[event_id],
        "seats": se