from flask import Flask, request

app = Flask(__name__)

PRODUCTS = {"lamp": 19.99, "desk": 149.0, "chair": 89.5}


@app.route("/price")
def price():
    term = request.args.get("item", "")
    if term in PRODUCTS:
        return f"{term}: ${PRODUCTS[term]:.2f}"
    return f"No results for {term}"
