from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://clinic@localhost/clinic")


@app.get("/appointments")
def appointments(dentist_id: int, day: str | None = None, status: str | None = None):
    sql = "SELECT id, patient_id, starts_at, status FROM appointments WHERE dentist_id = :dentist"
    params = {"dentist": dentist_id}
    if day:
        sql += " AND starts_at::date = :day"
        params["day"] = day
    if status:
        sql += " AND status = :status"
        params["status"] = status
    sql += " ORDER BY starts_at"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [dict(r) for r in rows]
