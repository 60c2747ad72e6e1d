from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/claims/status")
def claim_status():
    ref = escape(request.args.get("ref", ""))
    page = f"""
    <section>
      <h2>Claim {ref}</h2>
      <p>Your claim is being reviewed.</p>
    </section>
    """
    return (page, 200, {"Content-Type": "text/ht