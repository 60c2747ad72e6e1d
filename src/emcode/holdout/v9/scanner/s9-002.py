from flask import Flask, request, make_response

app = Flask(__name__)
comments = []

TEMPLATE = "<div class='comment'><b>{author}</b> wrote: {body}</div>"


@app.route("/comments", methods=["POST"])
def add_comment():
    author = request.form.get("author", "anonymous")
    body = request.form.get("body", "")
    comments.append((author, body))
    html = TEMPLATE.format(author=author, body=body)
    resp = make_response(html, 201)
    resp.headers["X-Count"] = str(len(comments))
    return resp


@app.route("/comments/count")
def count():
    return {"count": len(comments)}
