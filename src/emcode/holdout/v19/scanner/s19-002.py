from flask import Flask, request, make_response

app = Flask(__name__)
comments = []


@app.route("/blog/<int:post_id>/comment", methods=["POST"])
def add_comment(post_id):
    author = request.form.get("author", "anonymous")
    text = request.form["comment"]
    comments.append((post_id, author, text))
    page = f"""
    <html><body>
      <h2>Thanks, {author}!</h2>
      <blockquote>{text}</blockquote>
      <a href="/blog/{post_id}">Back to post</a>
    </body></html>
    """
    resp = make_response(page)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
