import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/archive/request-confirmation")
def request_confirmation():
    researcher = html.escape(request.args.get("researcher", ""))
    ref = html.escape(request.args.get("ref", ""))
    page = f"""<!doctype html>
<html>
  <body>
    <h1>Reading room request received</h1>
    <p>Thank you {researcher}. Item <code>{ref}</code> will be ready within two working days.</p>
  </body>
</html>"""
    return page
