from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/receipt")
def receipt():
    client = request.args.get("client", "guest")
    template = "<h1>Receipt for " + client + "</h1><p>Deposit: {{ deposit }}</p>"
    return render_template_string(template, deposit="$80.00")
