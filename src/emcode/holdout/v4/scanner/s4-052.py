from flask import Flask, request

app = Flask(__name__)
app.debug = True


@app.route("/sum")
def add():
    a = int(request.args.get("a", 0))
    b = int(request.args.get("b", 0))
    return str(a + b)


app.run("0.0.0.0", 5000)
