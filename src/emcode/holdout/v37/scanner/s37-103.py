from flask import Flask, make_response, render_template_string, request

app = Flask(__name__)

TEMPLATE = "<div class='claim'><h3>Claim for {{ holder }}</h3><p>Reference {{ ref }}</p></div>"


@app.route("/claims/preview", methods=["POST"])
def preview_claim():
    holder = request.form.get("holder", "")
    ref = request.form.get("ref", "")
    resp = make_response(render_template_string(TEMPLATE, holder=holder, ref=ref))
    resp.headers["Cache-Control"] = "no-store"
    return resp
