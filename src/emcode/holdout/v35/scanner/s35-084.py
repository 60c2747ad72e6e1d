from html import escape

from flask import Flask, make_response, request

app = Flask(__name__)

SIZES = ("S", "M", "L", "XL")


@app.get("/tee/preview")
def tee_preview():
    text = request.args.get("text", "Your text here")[:60]
    size = request.args.get("size", "M")
    if size not in SIZES:
        size = "M"
    label = escape(text)
    html = """
    <div class="tee tee-{size}">
      <span class="print">{label}</span>
    </div>
    """.format(size=size, label=label)
    resp = make_response(html)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
