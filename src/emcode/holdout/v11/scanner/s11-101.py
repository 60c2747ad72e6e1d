from flask import Flask, request

app = Flask(__name__)
comments = []


@app.route("/guestbook", methods=["GET", "POST"])
def guestbook():
    if request.method == "POST":
        author = request.form.get("author", "anonymous")
        body = request.form.get("comment", "")
        comments.append((author, body))
    entries = "\n".join(f"<p><b>{a}</b>: {b}</p>" for a, b in comments)
    page = f"""
    <html>
      <head><title>Guestbook</title></head>
      <body>
        <h1>Guestbook</h1>
        {entries}
        <form method="post">
          <input name="author"> <textarea name="comment"></textarea>
          <button>Sign</button>
        </form>
      </body>
    </html>
    """
    return page
