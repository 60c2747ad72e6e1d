from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://clinic@localhost/clinic")


@app.get("/appointments")
def appointments(dentist_id: int, status: str | None = None):
    sql = "SELECT id, patient_id, starts_at, status FROM appointments WHERE dentist_id = :dentist"
    if status:
        sql += " AND status = '{}'".format(status)
    sql += " ORDER BY starts_at"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"dentist": dentist_id}).mappings().all()
    return [dict(r) for r in rows]
