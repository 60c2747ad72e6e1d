from flask import Flask, request

app = Flask(__name__)


class Ticket:
    def __init__(self, number, truck):
        self.number = number
        self.truck = truck


@app.get("/ticket")
def ticket():
    fmt = request.args.get("fmt", "Order {t.number} at {t.truck}")
    t = Ticket(42, "Pier Dumplings")
    return {"text": fmt.format(t=t)}
