import bleach
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/comments/preview", methods=["POST"])
def preview():
    author = bleach.clean(request.form.get("author", ""), tags=[], strip=True)
    comment = bleach.clean(request.form.get("comment", ""), tags=[], strip=True)
    body = f"""
    <section class="preview">
        <h4>{author}</h4>
        <p>{comment}</p>
    </section>
    """
    response = make_response(body)
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response
