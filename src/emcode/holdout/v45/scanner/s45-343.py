from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/noticeboard/preview", methods=["POST"])
def preview():
    text = request.form.get("text", "")
    template = "<article class='notice'>" + text + "</article>"
    return render_template_string(template)
