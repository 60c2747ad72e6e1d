from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/subscribe/thanks")
def thanks():
    return render_template("thanks.html", name=request.args.get("name", "friend"),
                           loaf=request.args.get("loaf", "country white"))
