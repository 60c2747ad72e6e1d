import subprocess
from fastapi import FastAPI

app = FastAPI()


@app.post("/backup/{table}")
def backup(table: str):
    dump = f"pg_dump -t {table} appdb | gzip > /backups/{table}.sql.gz"
    proc = subprocess.Popen(dump, shell=True)
    proc.wait()
    return {"table": table, "rc": proc.returncode}
