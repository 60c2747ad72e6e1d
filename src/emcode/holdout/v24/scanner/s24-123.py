from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/badges/preview", methods=["POST"])
def badge_preview():
    attendees = request.form.getlist("attendee")
    parts = ["<div class='sheet'>"]
    for line in attendees:
        name, _, company = line.partition("|")
        parts.append("<div class='badge'><span class='name'>%s</span><span class='co'>%s</span></div>"
                     % (escape(name.strip()), escape(company.strip())))
    parts.append("</div>")
    return "".join(parts)
