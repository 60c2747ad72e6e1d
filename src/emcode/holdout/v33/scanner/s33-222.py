from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

@app.post("/pharmacy/lookup")
def lookup():
    drug = escape(request.form.get("drug", ""))
    strength = escape(request.form.get("strength", ""))
    body = f"""
    <html>
      <body>
        <h2>Results for {drug}</h2>
        <p>Strength requested: {strength}</p>
        <p>No matching stock in this branch.</p>
      </body>
    </html>
    """
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
