from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/booth/queue")
def queue_reel():
    title = escape(request.form.get("title", "untitled"))
    reel = escape(request.form.get("reel", "1"))
    page = f"""
    <html>
      <body>
        <h1>Queued</h1>
        <p>Reel {reel} of <b>{title}</b> is now loaded on projector 2.</p>
      </body>
    </html>
    """
    resp = make_response(page)
    resp.headers["Cache-Control"] = "no-store"
    return resp
