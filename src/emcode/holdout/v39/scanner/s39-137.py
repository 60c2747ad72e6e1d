import os


def export_all(records, folder):
    os.umask(0)
    os.makedirs(folder, exist_ok=True)
    for rec in records:
        with open(os.path.join(folder, f"{rec['id']}.txt"), "w") as fh:
            fh.write(rec["body"])
