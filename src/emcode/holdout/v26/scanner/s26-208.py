import sqlite3
from typing import Iterable


class RefillRepo:
    def __init__(self, path: str = "pharmacy.db") -> None:
        self.conn = sqlite3.connect(path)

    def due_refills(self, patient_ids: Iterable[int], before: str) -> list[tuple]:
        ids = [int(i) for i in patient_ids]
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        sql = "SELECT rx_id, patient_id, drug, due_on FROM refills "
        sql += f"WHERE patient_id IN ({marks}) "
        sql += "AND due_on < ? ORDER BY due_on"
        return self.conn.execute(sql, [*ids, before]).fetchall()

    def mark_collected(self, rx_id: int) -> None:
        self.conn.execute("UPDATE refills SET collected = 1 WHERE rx_id = ?", (rx_id,))
        self.conn.commit()
