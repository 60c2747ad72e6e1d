from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/download")
def download():
    fname = request.args.get("name", "report.csv")
    resp = make_response("id,value\n1,2\n")
    resp.headers["Content-Disposition"] = "attachment; filename=" + fname
    resp.headers["Content-Type"] = "text/csv"
    return resp
