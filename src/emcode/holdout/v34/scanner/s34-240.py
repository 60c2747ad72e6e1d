from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    body = request.form.get("body", "")
    return render_template_string("<article>{{ body }}</article>", body=body)


@app.route("/templates")
def templates():
    return {"available": ["birthday", "wedding", "retirem