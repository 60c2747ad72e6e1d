from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.post("/invitations/preview")
def preview():
    couple = request.form.get("couple", "")
    body = request.form.get("body", "")
    tpl = "<h1>{{ couple }}</h1><div class='invite'>" + body + "</div>"
    return render_template_string(tpl, couple=couple)
