import html

from flask import Flask, make_response

app = Flask(__name__)

BAG_STATUS = {"LH1234567": "Loaded", "BA9988776": "In transit to carousel 4"}


@app.route("/bags/<tag>")
def bag_page(tag):
    status = BAG_STATUS.get(tag, "Unknown")
    shown = html.escape(tag)
    page = f"""
    <html>
      <head><title>Bag {shown}</title></head>
      <body>
        <h1>Bag tag {shown}</h1>
        <p>Status: {html.escape(status)}</p>
      </body>
    </html>
    """
    resp = make_response(page)
    resp.headers["Cache-Control"] = "no-store"
    return resp
