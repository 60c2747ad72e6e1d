from flask import Flask, request, make_response

app = Flask(__name__)

@app.post("/pharmacy/lookup")
def lookup():
    drug = request.form.get("drug", "")
    strength = request.form.get("strength", "")
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
