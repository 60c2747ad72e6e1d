from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/vets/search")
def vet_search():
    q = request.args.get("q", "")
    vets = [v for v in ["Dr Amara Okafor", "Dr Lena Fischer", "Dr Tom Reyes"] if q.lower() in v.lower()]
    return render_template("vets.html", q=q, ve