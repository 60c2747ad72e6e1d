import sqlite3
from dataclasses import dataclass


@dataclass
class Contact:
    call: str
    band: str
    mode: str
    rst: str


class HamLog:
    def __init__(self, path: str):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS qso (call TEXT, band TEXT, mode TEXT, rst TEXT)")

    def add(self, c: Contact) -> None:
        self.db.execute("INSERT INTO qso VALUES (:call, :band, :mode, :rst)", vars(c))
        self.db.commit()

    def by_band(self, band: str) -> list[Contact]:
        cur = self.db.execute("SELECT call, band, mode, rst FROM qso WHERE band = :band", {"band": band})
        return [Contact(*r) for r in cur]
