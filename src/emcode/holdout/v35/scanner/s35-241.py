from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/preview-signature")
def preview_signature():
    sig = request.args.get("sig", "The Shelter Team")
    tmpl = "<footer><p>Best wishes,</p><p>" + sig + "</p></footer>"
    return render_template_string(tmpl)
