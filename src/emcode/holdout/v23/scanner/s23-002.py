from flask import Flask, request, make_response

app = Flask(__name__)

STOCK = {"BX-10": 42, "BX-11": 0, "RB-7": 5}


@app.route("/warehouse/lookup")
def lookup():
    sku = request.args.get("sku", "")
    count = STOCK.get(sku)
    if count is None:
        status = "not tracked"
    elif count == 0:
        status = "out of stock"
    else:
        status = f"{count} units on shelf"
    body = f"""
    <div class="result">
      <h2>Item {sku}</h2>
      <span>{status}</span>
    </div>
    """
    return make_response(body, 200)


@app.route("/warehouse/health")
def health():
    return {"ok": True}
