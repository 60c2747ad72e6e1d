from flask import Flask, jsonify, request
from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

app = Flask(__name__)
engine = create_engine("sqlite:///trials.db")


class Base(DeclarativeBase):
    pass


class Study(Base):
    __tablename__ = "studies"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    condition: Mapped[str]
    city: Mapped[str]
    recruiting: Mapped[bool]


@app.get("/studies")
def studies():
    stmt = select(Study).where(Study.recruiting.is_(True))
    if cond := request.args.get("condition"):
        stmt = stmt.where(Study.condition.ilike(f"%{cond}%"))
    if city := request.args.get("city"):
        stmt = stmt.where(Study.city == city)
    with Session(engine) as s:
        rows = s.scalars(stmt.limit(100)).all()
    return jsonify([{"id": r.id, "title": r.title, "city": r.city} for r in rows])
