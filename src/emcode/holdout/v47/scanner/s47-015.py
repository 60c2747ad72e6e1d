from flask import Flask, render_template_string, request

app = Flask(__name__)

RECEIPT = "<h1>Receipt for {{ client }}</h1><p>Deposit: {{ deposit }}</p>"


@app.route("/receipt")
def receipt():
    client = request.args.get("client", "guest")
    return render_template_string(RECEIPT, client=client, deposit="$80.00")
