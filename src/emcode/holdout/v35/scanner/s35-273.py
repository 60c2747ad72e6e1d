from flask import Flask, render_template, request

app = Flask(__name__)


@app.post("/issues/preview")
def preview():
    context = {
        "headline": request.form.get("headline", ""),
        "body": request.form.get("body", ""),
        "signature": request.form.get("signature", "The Editors"),
    }
    return render_template("issue_preview.html", **context)
