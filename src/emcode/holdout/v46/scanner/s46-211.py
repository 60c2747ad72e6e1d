import logging
import sqlite3
from datetime import datetime, timedelta

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("overdue")


def send_reminders(db_path="loans.db"):
    cutoff = (datetime.now() - timedelta(days=3)).date().isoformat()
    with sqlite3.connect(db_path) as con:
        rows = con.execute("SELECT id, email FROM loans WHERE returned = 0 AND due < ?", (cutoff,)).fetchall()
        for loan_id, email in rows:
            con.execute("INSERT INTO outbox(loan_id, kind) VALUES (?, 'overdue')", (loan_id,))
            log.info("queued reminder for loan %d", loan_id)
    log.info("queued %d reminders (cutoff %s)", len(rows), cutoff)


if __name__ == "__main__":
    send_reminders()
