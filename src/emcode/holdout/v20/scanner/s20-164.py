from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/mail/preview", methods=["POST"])
def mail_preview():
    subject = escape(request.form.get("subject", ""))
    body_lines = request.form.get("body", "").splitlines()
    body = Markup("<br>").join(escape(line) for line in body_lines)
    html_out = Markup("<h3>{}</h3><div>{}</div>").format(subject, body)
    return str(html_out)
