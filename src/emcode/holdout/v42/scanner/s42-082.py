import os


def backup_tournament(name):
    target = f"/backups/{name}.sql"
    pipe = os.popen(f"pg_dump -t matches_{name} esports > {target}")
    pipe.close()
    return target
