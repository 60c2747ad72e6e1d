from html import escape

from flask import Flask, request

app = Flask(__name__)

GUESTS = {"smith": 4, "okafor": 2, "lindqvist": 3}


@app.route("/rsvp/lookup")
def rsvp_lookup():
    family = request.args.get("family", "")
    shown = escape(family)
    seats = GUESTS.get(family.lower())
    if seats is None:
        page = "<h2>No RSVP found for " + shown + "</h2><p>Please check the spelling on your invitation.</p>"
    else:
        page = f"<h2>Welcome, {shown} family!</h2><p>We have reserved {seats} seats for you.</p>"
    return page


if __name__ == "__main__":
    app.run()
