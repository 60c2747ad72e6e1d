from datetime import date

from fastapi import FastAPI, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

app = FastAPI()


@app.get("/vets/{vet_id}/appointments")
def vet_appointments(vet_id: int, day: date | None = None, species: str | None = None,
                     db: Session = Depends(get_session)):
    sql = "SELECT a.id, a.starts_at, p.name FROM appointments a JOIN pets p ON p.id = a.pet_id WHERE a.vet_id = :vet"
    params = {"vet": vet_id}
    if day is not None:
        sql += " AND date(a.starts_at) = :day"
        params["day"] = day.isoformat()
    if species:
        sql += " AND p.species = :species"
        params["species"] = species
    sql += " ORDER BY a.starts_at"
    rows = db.execute(text(sql), params).all()
    return [{"id": r.id, "starts_at": r.starts_at, "pet": r.name} for r in rows]
