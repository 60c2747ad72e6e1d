import os

from flask import Flask, request
from sqlalchemy import Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

app = Flask(__name__)
engine = create_engine(os.environ["ARCHIVE_DB"])


class Base(DeclarativeBase):
    pass


class Burial(Base):
    __tablename__ = "burials"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    cemetery: Mapped[str] = mapped_column(String(120))


@app.route("/burials")
def burials():
    stmt = select(Burial).limit(100)
    if name := request.args.get("name"):
        stmt = stmt.where(Burial.name.ilike(f"%{name}%"))
    if cemetery := request.args.get("cemetery"):
        stmt = stmt.where(Burial.cemetery == cemetery)
    with Session(engine) as s:
        return {"burials": [{"name": b.name, "year": b.year, "cemetery": b.cemetery} for b in s.scalars(stmt)]}
