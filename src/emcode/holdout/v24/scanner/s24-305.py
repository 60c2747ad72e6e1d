from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/announce", methods=["POST"])
def announce():
    message = request.form.get("message", "").strip()
    html_body = "<div class='announcement'>{}</div>".format(message)
    resp = make_response(html_body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
