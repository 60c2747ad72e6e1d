from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/samples/<code>/label")
def sample_label(code):
    note = request.args.get("note", "")
    return render_template("label.html", code=code, note=note)
