from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://app@localhost/fitting")


@app.get("/patients/{patient_id}/sessions")
def sessions(patient_id: int, device: str | None = None, since: str | None = None):
    stmt = "SELECT id, device, started_at, notes FROM fitting_sessions WHERE patient_id = :pid"
    binds = {"pid": patient_id}
    if device:
        stmt += " AND device = :device"
        binds["device"] = device
    if since:
        stmt += " AND started_at >= :since"
        binds["since"] = since
    stmt += " ORDER BY started_at DESC"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), binds).mappings().all()
    return [dict(r) for r in rows]
