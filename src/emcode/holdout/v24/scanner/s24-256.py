from fastapi import FastAPI
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg2://app@db/vet")
app = FastAPI()
OWNER_BY_EMAIL = text("SELECT id, name, phone FROM owners WHERE email = :email")


@app.get("/owners/by-email")
def owner_by_email(email: str):
    with engine.connect() as conn:
        row = conn.execute(OWNER_BY_EMAIL, {"email": email}).first()
    if row is None:
        return {"found": False}
    return {"found": True, "id": row.id, "name": row.name}
