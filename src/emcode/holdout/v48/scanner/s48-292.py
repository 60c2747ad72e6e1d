from flask import Flask, request

app = Flask(__name__)

CARD = '<div class="tutor-card"><span class="subject">{subject}</span><span class="rate">{rate}/h</span></div>'


@app.route("/tutors/preview")
def preview_card():
    subject = request.args.get("subject", "Maths")
    rate = request.args.get("rate", "20")
    html = CARD.format(subject=subject, rate=rate)
    return html
