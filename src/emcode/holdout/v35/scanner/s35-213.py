from flask import Flask, render_template_string, request

app = Flask(__name__)

FOOTER = "<footer><p>Best wishes,</p><p>{{ sig }}</p></footer>"


@app.get("/preview-signature")
def preview_signature():
    sig = request.args.get("sig", "The Shelter Team")
    return render_template_string(FOOTER, sig=sig)
