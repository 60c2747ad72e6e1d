from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)
comments = []


@app.route("/blog/<int:post_id>/comment", methods=["POST"])
def add_comment(post_id):
    author = escape(request.form.get("author", "anonymous"))
    body = escape(request.form.get("body", ""))
    comments.append((post_id, str(author), str(body)))
    template = "<div class='comment'><b>{0}</b> wrote:<p>{1}</p></div>"
    body_html = template.format(author, body)
    resp = make_response(body_html, 201)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
