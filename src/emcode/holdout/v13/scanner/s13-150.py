import os
import subprocess

def dump_db(dest, mode=0o666):
    data = subprocess.check_output(["pg_dump", "billing"])
    fd = os.open(dest, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)

if __name__ == "__main__":
    dump_db("/backups/billing.sql")
