import csv
import os


class GradeExporter:
    def __init__(self, out_dir, file_mode=0o666):
        self.out_dir = out_dir
        self.file_mode = file_mode

    def export(self, course, grades):
        path = os.path.join(self.out_dir, course + ".csv")
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, self.file_mode)
        with os.fdopen(fd, "w", newline="") as fh:
            w = csv.writer(fh)
            for student, grade in grades.items():
                w.writerow([student, grade])
        return path
