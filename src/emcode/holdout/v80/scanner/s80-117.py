from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/carpark/complaint")
def complaint():
    name = escape(request.form.get("name", ""))
    text = escape(request.form.get("text", ""))
    body = f"""<!doctype html>
<title>Complaint received</title>
<p>Thank you {name}. We recorded:</p>
<pre>{text}</pre>
"""
    return make_response(body, 200)
