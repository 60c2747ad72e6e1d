from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.post("/certificates/preview")
def certificate_preview():
    wording = request.form.get("wording", "Congratulations {{ name }}")
    name = request.form.get("name", "member")
    html = render_template_string("<div class='cert'>" + wording + "</div>", name=name)
    return html


@app.post("/certificates/issue")
def certificate_issue():
    member_id = int(request.form["member_id"])
    cert_no = f"CERT-{member_id:06d}-{request.form.get('cla