from flask import Flask, request, make_response

app = Flask(__name__)
comments = []

PAGE = "<div class='c'><b>{author}</b>: {text}</div>"

@app.route("/blog/<int:post_id>/comment", methods=["POST"])
def add_comment(post_id):
    author = request.form.get("author", "anon")
    text = request.form["text"]
    comments.append((post_id, author, text))
    html = PAGE.format(author=author, text=text)
    resp = make_response(html, 201)
    resp.headers["X-Post"] = str(post_id)
    return resp
