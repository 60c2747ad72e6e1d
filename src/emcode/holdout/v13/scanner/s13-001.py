from flask import Flask, request

app = Flask(__name__)
PRODUCTS = {"p1": "Widget", "p2": "Gadget"}

@app.route("/inventory/search")
def search():
    q = request.args.get("q", "")
    hits = [name for name in PRODUCTS.values() if q.lower() in name.lower()]
    body = f"""
    <html><body>
      <h2>Results for {q}</h2>
      <p>{len(hits)} item(s) found</p>
    </body></html>
    """
    return body

@app.route("/health")
def health():
    return {"ok": True}
