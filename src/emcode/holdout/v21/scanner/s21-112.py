import shlex
import subprocess
from fastapi import FastAPI, HTTPException

app = FastAPI()
TABLES = {"orders", "customers", "invoices"}


@app.post("/backup/{table}")
def backup(table: str):
    if table not in TABLES:
        raise HTTPException(404, "unknown table")
    t = shlex.quote(table)
    dump = f"pg_dump -t {t} appdb | gzip > /backups/{t}.sql.gz"
    proc = subprocess.run(dump, shell=True, check=False)
    return {"table": table, "rc": proc.returncode}
