from pathlib import Path
import sqlite3

from flask import Flask, request, abort

app = Flask(__name__)
ROTAS = Path("/srv/foodbank/rotas")


@app.post("/rotas/delete")
def delete_rota():
    rota_id = request.form.get("id", type=int)
    if rota_id is None:
        abort(400)
    with sqlite3.connect("foodbank.db") as db:
        row = db.execute("SELECT filename FROM rotas WHERE id = ?", (rota_id,)).fetchone()
        if row is None:
            abort(404)
        (ROTAS / Path(row[0]).name).unlink(missing_ok=True)
        db.execute("DELETE FROM rotas WHERE id = ?", (rota_id,))
    return {"deleted": True}
