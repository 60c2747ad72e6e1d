from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/checkin", methods=["POST"])
def checkin():
    member = escape(request.form.get("member_name", ""))
    club = escape(request.form.get("club", "Downtown"))
    msg = "<p>Thanks %s, you are checked in at the %s club.</p>" % (member, club)
    return msg, 200
