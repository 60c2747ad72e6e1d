from flask import Flask, abort, request
from markupsafe import escape

app = Flask(__name__)

CARD = '<div class="tutor-card"><span class="subject">{subject}</span><span class="rate">{rate}/h</span></div>'


@app.route("/tutors/preview")
def preview_card():
    subject = request.args.get("subject", "Maths")
    try:
        rate = int(request.args.get("rate", "20"))
    except ValueError:
        abort(400)
    html = CARD.format(subject=escape(subject), rate=rate)
    return html
