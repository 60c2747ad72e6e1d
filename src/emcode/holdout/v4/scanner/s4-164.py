import subprocess
import sys


def backup(db_name):
    dump_file = db_name + ".sql"
    subprocess.call("pg_dump 