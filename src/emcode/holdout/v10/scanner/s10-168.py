from flask import Flask, request, make_response

app = Flask(__name__)
ITEMS = ["bolt", "nut", "washer", "bracket"]


@app.route("/inventory/search")
def search():
    q = request.args.get("q", "")
    hits = [i for i in ITEMS if q.lower() in i]
    page = f"""
    <html>
      <head><title>Inventory</title></head>
      <body>
        <p>Results for <b>{q}</b>: {len(hits)}</p>
        <ul>{''.join('<li>' + h + '</li>' for h in hits)}</ul>
      </body>
    </html>
    """
    resp = make_response(page)
    resp.headers["Cache-Control"] = "no-store"
    return resp
