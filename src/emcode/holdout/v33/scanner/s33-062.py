from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/rsvp/thanks")
def rsvp_thanks():
    guest = escape(request.args.get("guest", "friend"))
    party_size = escape(request.args.get("size", "1"))
    page = "<h1>Thank you, " + guest + "!</h1>"
    page += "<p>We have you down for " + party_size + " seat(s).</p>"
    return page


if __name__ == "__main__":
    app.run()
