import csv
import os
import sys
import pymysql


def import_timesheets(csv_path):
    conn = pymysql.connect(host=os.environ["PAYROLL_DB_HOST"], user="importer",
                           password=os.environ["PAYROLL_DB_PASS"], database="payroll")
    sql = "INSERT INTO timesheets (employee_id, work_date, hours) "
    sql += "VALUES (%s, %s, %s) "
    sql += "ON DUPLICATE KEY UPDATE hours = VALUES(hours)"
    with open(csv_path, newline="") as fh:
        rows = [(int(r["employee_id"]), r["date"], float(r["hours"])) for r in csv.DictReader(fh)]
    with conn:
        with conn.cursor() as cur:
            cur.executemany(sql, rows)
        conn.commit()
    return len(rows)


if __name__ == "__main__":
    print(import_timesheets(sys.argv[1]), "rows imported")
