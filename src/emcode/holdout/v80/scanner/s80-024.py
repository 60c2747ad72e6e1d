from flask import Flask, Response

app = Flask(__name__)


@app.get("/exports/<int:year>")
def export(year):
    csv = "month,donations\n" + "".join(f"{m},{(m * 7) % 31}\n" for m in range(1, 13))
    return Response(csv, mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename=donations-{year}.csv"})
