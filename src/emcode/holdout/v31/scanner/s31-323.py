from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.post("/museum/feedback")
def feedback():
    comment = request.form.get("comment", "")[:2000]
    page = "<h1>Thanks for your feedback</h1><blockquote>" + comment + "</blockquote>"
    return render_template_string(page)
