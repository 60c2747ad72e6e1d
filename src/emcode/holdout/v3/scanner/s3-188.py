from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview_comment():
    author = request.form.get("author", "anonymous")
    comment = request.form.get("comment", "")
    body = f"""
    <html>
      <head><title>Preview</title></head>
      <body>
        <h2>Comment preview</h2>
        <p><b>{author}</b> wrote:</p>
        <blockquote>{comment}</blockquote>
      </body>
    </html>
    """
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
