from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/plots/apply", methods=["GET", "POST"])
def apply():
    if request.method == "POST":
        name = request.form.get("name", "")
        size = request.form.get("size", "small")
        return render_template("apply_thanks.html", name=name, size=size)
    return render_template("apply.html")
