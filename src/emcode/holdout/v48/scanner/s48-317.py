from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/booth/queue")
def queue_reel():
    title = request.form.get("title", "untitled")
    reel = request.form.get("reel", "1")
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
