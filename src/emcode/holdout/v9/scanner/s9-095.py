from flask import Flask, request, make_response

app = Flask(__name__)


@app.get("/export")
def export():
    name = request.args.get("name", "report")
    csv_body = "id,total\n1,10\n2,20\n"
    resp = make_response(csv_body)
    resp.headers["Content-Type"] = "text/csv"
    resp.headers["Content-Disposition"] = "attachment; filename=" + name + ".csv"
    return resp
