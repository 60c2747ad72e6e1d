from flask import Flask, request, make_response

app = Flask(__name__)

TEMPLATE = "<div class='comment'><b>{author}</b> wrote:<p>{body}</p></div>"


@app.route("/preview", methods=["POST"])
def preview_comment():
    author = request.form.get("author", "anonymous")
    body = request.form.get("body", "")
    rendered = TEMPLATE.format(author=author, body=body)
    resp = make_response(rendered)
    resp.headers["Content-Type"] = "text/html"
    return resp
