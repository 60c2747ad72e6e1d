from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.post("/offers/preview")
def offer_preview():
    letter = request.form["letter_body"]
    rendered = render_template_string(letter, applicant="Sam Example", course="BSc Nursing")
    return {"html": rendered, "length": len(rend