from flask import Flask, render_template_string, request

app = Flask(__name__)

INVITE = "<h1>{{ couple }}</h1><div class='invite'>{{ body }}</div>"


@app.post("/invitations/preview")
def preview():
    couple = request.form.get("couple", "")
    body = request.form.get("body", "")
    return render_template_string(INVITE, couple=couple, body=body)
