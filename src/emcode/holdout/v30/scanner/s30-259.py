from flask import Flask, render_template_string, request

app = Flask(__name__)
LETTER = "<p>Dear {{ applicant }},</p><p>{{ body }}</p><p>Course: {{ course }}</p>"


@app.post("/offers/preview")
def offer_preview():
    body = request.form["letter_body"]
    rendered = render_template_string(LETTER, body=body, applicant="Sam Example", course="BSc Nursing")
    return {"html": rendered, "length": len(rend