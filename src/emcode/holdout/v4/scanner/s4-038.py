from flask import Flask, request, make_response

app = Flask(__name__)


@app.post("/preview")
def preview_profile():
    fields = {k: request.form.get(k, "") for k in ("display_name", "bio", "site")}
    parts = ["<section>"]
    for key, value in fields.items():
        parts.append("<div><label>%s</label><span>%s</span></div>" % (key, value))
    parts.append("</section>")
    return make_response("".join(parts))
