from flask import Flask, request

app = Flask(__name__)

FORMATS = {
    "short": "#{number}",
    "long": "Order {number} at {truck}",
}


@app.get("/ticket")
def ticket():
    style = request.args.get("style", "long")
    fmt = FORMATS.get(style, FORMATS["long"])
    return {"text": fmt.format(number=42, truck="Pier Dumplings")}
