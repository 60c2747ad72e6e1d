from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
ROTAS = Path("/srv/foodbank/rotas")


@app.post("/rotas/delete")
def delete_rota():
    target = ROTAS / request.form["name"]
    if target.exists():
        target.unlink()
        return {"deleted": True}
    return {"deleted": False}, 404
