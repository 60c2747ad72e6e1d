import os
import sys


def backup_collection(db_name, label):
    target = f"/backups/{label}.sql"
    os.system(f"pg_dump {db_name} > {target}")
    print("written", target)


def main():
    if len(sys.argv) < 3:
        print("usage: backup.py DB LABEL")
        sys.exit(1)
    backup_collection(sys.argv[1], sys.argv[2])
    print("Don