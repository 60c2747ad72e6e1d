import csv
import os
import shutil
import tempfile


def export_grades(rows, final_path):
    directory = os.path.dirname(os.path.abspath(final_path))
    with tempfile.NamedTemporaryFile("w", newline="", dir=directory, delete=False, suffix=".csv") as tmp:
        writer = csv.writer(tmp)
        writer.writerow(["student", "course", "grade"])
        writer.writerows(rows)
        tmp_name = tmp.name
    shutil.move(tmp_name, final_path)
    return final_path
