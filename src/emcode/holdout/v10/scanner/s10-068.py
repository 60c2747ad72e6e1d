from flask import Flask, request

app = Flask(__name__)

PREVIEW = "<div class='preview'><h3>{title}</h3><p>{body}</p></div>"


@app.route("/blog/preview", methods=["POST"])
def preview():
    title = request.form.get("title", "Untitled")
    body = request.form.get("body", "")
    rendered = PREVIEW.format(title=title, body=body)
    return rendered
