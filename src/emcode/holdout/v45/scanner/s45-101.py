from flask import Flask, request, render_template_string

app = Flask(__name__)

NOTICE = "<article class='notice'>{{ text }}</article>"


@app.route("/noticeboard/preview", methods=["POST"])
def preview():
    return render_template_string(NOTICE, text=request.form.get("text", ""))
