import sqlite3
import sys


def find_dispensed(db, drug, pharmacist=None):
    con = sqlite3.connect(db)
    q = "SELECT rx_number, patient_id, qty, dispensed_at FROM dispensing"
    q += " WHERE drug = ?"
    args = [drug]
    if pharmacist:
        q += " AND pharmacist = ?"
        args.append(pharmacist)
    rows = con.execute(q, args).fetchall()
    con.close()
    return rows


def main():
    if len(sys.argv) < 3:
        print("usage: dispensed.py DB DRUG [PHARMACIST]")
        return 1
    for rx, pid, qty, when in find_dispensed(*sys.argv[1:4]):
        print(f"{rx:>8} {pid:>8} {qty:>5} {wh